package vn.giamngheo.common.error;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.sql.SQLException;
import org.hibernate.StaleStateException;
import org.hibernate.exception.JDBCConnectionException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import vn.giamngheo.common.web.RequestTrace;

/** The one place that turns exceptions into RFC 9457 answers. Nothing internal leaks to the caller. */
public class ProblemMapper {
    public static final String PROBLEM_JSON = "application/problem+json";
    private static final Logger LOG = Logger.getLogger(ProblemMapper.class);

    private final RequestTrace trace;

    ProblemMapper(RequestTrace trace) {
        this.trace = trace;
    }

    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uri) {
        Response r = render(e.type, e.code, e.getMessage(), e.errors, e.extensions, uri);
        return e.retryAfterSeconds == null ? r
                : Response.fromResponse(r).header("Retry-After", String.valueOf(e.retryAfterSeconds)).build();
    }

    @ServerExceptionMapper
    public Response invalid(ConstraintViolationException e, UriInfo uri) {
        List<FieldError> errors = e.getConstraintViolations().stream()
                .map(ProblemMapper::toFieldError)
                .sorted(Comparator.comparing((FieldError f) -> f.pointer() == null ? "" : f.pointer())
                        .thenComparing(f -> f.parameter() == null ? "" : f.parameter()))
                .toList();
        ProblemException p = ProblemException.invalid(errors);
        return render(p.type, p.code, p.getMessage(), errors, uri);
    }

    @ServerExceptionMapper
    public Response unreadable(JsonProcessingException e, UriInfo uri) {
        return malformed(e, uri);
    }

    @ServerExceptionMapper
    public Response unreadable(MismatchedInputException e, UriInfo uri) {
        return malformed(e, uri);
    }

    @ServerExceptionMapper
    public Response unreadable(UnrecognizedPropertyException e, UriInfo uri) {
        return malformed(e, uri);
    }

    @ServerExceptionMapper
    public Response unreadable(InvalidFormatException e, UriInfo uri) {
        return malformed(e, uri);
    }

    /** JAX-RS answers 404 when a query or path parameter cannot be converted; the caller sent a bad value, so 400. */
    @ServerExceptionMapper
    public Response unconvertible(NotFoundException e, UriInfo uri) {
        if (e.getCause() != null) {
            return render(ProblemType.MALFORMED_REQUEST, "MALFORMED_REQUEST", "A query or path parameter has the wrong format", List.of(), uri);
        }
        return web(e, uri);
    }

    @ServerExceptionMapper
    public Response unauthenticated(UnauthorizedException e, UriInfo uri) {
        return unauthenticated(uri);
    }

    @ServerExceptionMapper
    public Response unauthenticated(AuthenticationFailedException e, UriInfo uri) {
        return unauthenticated(uri);
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return render(ProblemType.FORBIDDEN, "FORBIDDEN", "Your role does not allow this operation", List.of(), uri);
    }

    @ServerExceptionMapper
    public Response stale(OptimisticLockException e, UriInfo uri) {
        return stale(uri);
    }

    @ServerExceptionMapper
    public Response stale(StaleStateException e, UriInfo uri) {
        return stale(uri);
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, UriInfo uri) {
        for (Throwable c = e.getCause(); c != null; c = c.getCause()) {
            if (c instanceof JsonProcessingException json) {
                return malformed(json, uri);
            }
        }
        int status = e.getResponse().getStatus();
        ProblemType type = switch (status) {
            case 400 -> ProblemType.MALFORMED_REQUEST;
            case 401 -> ProblemType.UNAUTHENTICATED;
            case 403 -> ProblemType.FORBIDDEN;
            case 404 -> ProblemType.NOT_FOUND;
            case 405 -> ProblemType.METHOD_NOT_ALLOWED;
            case 406 -> ProblemType.NOT_ACCEPTABLE;
            case 413 -> ProblemType.TOO_LARGE;
            case 415 -> ProblemType.UNSUPPORTED_MEDIA_TYPE;
            default -> status >= 500 ? ProblemType.INTERNAL : ProblemType.MALFORMED_REQUEST;
        };
        if (type == ProblemType.UNAUTHENTICATED) {
            return unauthenticated(uri);
        }
        if (type == ProblemType.INTERNAL) {
            return internal(e, uri);
        }
        String code = switch (type) {
            case NOT_FOUND -> "RESOURCE_NOT_FOUND";
            case TOO_LARGE -> "PAYLOAD_TOO_LARGE";
            default -> type.name();
        };
        String detail = switch (type) {
            case NOT_FOUND -> "No resource at this path";
            // the framework's own text speaks of its annotations
            case NOT_ACCEPTABLE -> "The Accept header names no format this operation offers";
            default -> e.getMessage();
        };
        return render(type, code, detail, List.of(), uri);
    }

    @ServerExceptionMapper(priority = 10_000)
    public Response unexpected(Throwable e, UriInfo uri) {
        return internal(e, uri);
    }

    private Response internal(Throwable e, UriInfo uri) {
        if (databaseUnavailable(e)) {
            LOG.warnf("Database unavailable traceId=%s path=%s: %s", trace.id(), uri.getPath(), e.getMessage());
            return Response.fromResponse(render(ProblemType.UNAVAILABLE, "SERVICE_BUSY",
                    "The service is too busy to answer now; try again in a moment", List.of(), uri))
                    .header("Retry-After", "1").build();
        }
        LOG.errorf(e, "Unhandled error traceId=%s path=%s", trace.id(), uri.getPath());
        return render(ProblemType.INTERNAL, "INTERNAL", "An unexpected error occurred; quote the traceId when reporting it", List.of(), uri);
    }

    private Response unauthenticated(UriInfo uri) {
        return Response.fromResponse(render(ProblemType.UNAUTHENTICATED, "UNAUTHENTICATED",
                        "A valid bearer token is required", List.of(), uri))
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"giamngheo\"")
                .build();
    }

    private Response stale(UriInfo uri) {
        return render(ProblemType.PRECONDITION_FAILED, "STALE_VERSION",
                "Someone else changed this record first; reload it and apply your change again", List.of(), uri);
    }

    private Response malformed(JsonProcessingException e, UriInfo uri) {
        List<FieldError> errors = new ArrayList<>();
        String detail = "The request body is not valid JSON";
        String code = "MALFORMED_REQUEST";
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String pointer = pointer(mapping.getPath());
            if (e instanceof UnrecognizedPropertyException) {
                detail = "Unknown field";
                errors.add(FieldError.body(pointer, "UNKNOWN_FIELD", "is not a field of this request"));
            } else if (e instanceof InvalidFormatException || e instanceof MismatchedInputException) {
                detail = "A field has the wrong type or format";
                errors.add(FieldError.body(pointer, "WRONG_TYPE", "has the wrong type or format"));
            }
        }
        return render(ProblemType.MALFORMED_REQUEST, code, detail, errors, uri);
    }

    private Response render(ProblemType type, String code, String detail, List<FieldError> errors, UriInfo uri) {
        return render(type, code, detail, errors, Map.of(), uri);
    }

    private Response render(ProblemType type, String code, String detail, List<FieldError> errors, Map<String, Object> extensions,
                            UriInfo uri) {
        Problem body = new Problem(type.uri, type.title, type.status, detail, uri.getPath(), code, errors, trace.id(), extensions);
        return Response.status(type.status).type(PROBLEM_JSON).entity(body).build();
    }

    /**
     * No database connection could be had: the pool stayed exhausted for its whole wait, or the server is unreachable
     * (SQLSTATE class 08). Agroal reports an exhausted pool only through its message, hence the text check.
     */
    static boolean databaseUnavailable(Throwable e) {
        for (Throwable c = e; c != null; c = c.getCause()) {
            if (c instanceof JDBCConnectionException) {
                return true;
            }
            if (c instanceof SQLException sql && ((sql.getSQLState() != null && sql.getSQLState().startsWith("08"))
                    || (sql.getMessage() != null && sql.getMessage().contains("acquisition timeout")))) {
                return true;
            }
        }
        return false;
    }

    static String pointer(List<JsonMappingException.Reference> path) {
        StringBuilder p = new StringBuilder();
        for (JsonMappingException.Reference ref : path) {
            p.append('/').append(ref.getFieldName() != null ? escape(ref.getFieldName()) : String.valueOf(ref.getIndex()));
        }
        return p.toString();
    }

    /**
     * Resource parameters named {@code body} are request bodies, so their violations point into the JSON;
     * any other parameter (or a {@code @BeanParam}'s field) is a query or path parameter.
     */
    static FieldError toFieldError(ConstraintViolation<?> v) {
        String code = v.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
        StringBuilder pointer = null;
        String parameter = null;
        for (Path.Node node : v.getPropertyPath()) {
            if (node.getKind() == ElementKind.METHOD) {
                continue;
            }
            if (node.getKind() == ElementKind.PARAMETER) {
                if ("body".equals(node.getName())) {
                    pointer = new StringBuilder();
                } else {
                    parameter = node.getName();
                }
                continue;
            }
            if (pointer != null) {
                if (node.getIndex() != null) {
                    pointer.append('/').append(node.getIndex());
                }
                if (node.getName() != null && node.getKind() == ElementKind.PROPERTY) {
                    pointer.append('/').append(escape(node.getName()));
                }
            } else if (node.getName() != null) {
                parameter = node.getName();
            }
        }
        if (pointer != null) {
            return FieldError.body(pointer.isEmpty() ? "" : pointer.toString(), code, v.getMessage());
        }
        return FieldError.param(parameter, code, v.getMessage());
    }

    private static String escape(String name) {
        return name.replace("~", "~0").replace("/", "~1");
    }
}
