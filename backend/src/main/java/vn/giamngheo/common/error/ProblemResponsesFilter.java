package vn.giamngheo.common.error;

import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Documents the problem answers that follow from an operation's shape, so resources declare only their own
 * (success, 409): malformed input → 400, a body → 413, a login → 401/403, an id in the path → 404, If-Match → 412/422/428.
 * The mapper in this package produces exactly these; an explicit {@code @APIResponse} wins.
 */
public class ProblemResponsesFilter implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().forEach((path, item) -> {
            if (path.startsWith("/api/")) {
                List<Parameter> shared = item.getParameters() == null ? List.of() : item.getParameters();
                item.getOperations().forEach((method, op) -> document(path, shared, op));
            }
        });
    }

    private static void document(String path, List<Parameter> shared, Operation op) {
        APIResponses responses = op.getResponses();
        List<Parameter> params = new java.util.ArrayList<>(shared);
        if (op.getParameters() != null) {
            params.addAll(op.getParameters());
        }
        boolean hasBody = op.getRequestBody() != null;
        if (hasBody || params.stream().anyMatch(ProblemResponsesFilter::canBeMalformed)) {
            replace(responses, "400", "BadRequest");
        }
        if (secured(op)) {
            // the framework documents 400, 401 and 403 itself as bare descriptions: point them at the problem instead
            replace(responses, "401", "Unauthenticated");
            replace(responses, "403", "Forbidden");
        }
        if (path.contains("{")) {
            add(responses, "404", "NotFound");
        }
        if (params.stream().anyMatch(p -> p.getIn() == Parameter.In.HEADER && "If-Match".equals(p.getName()))) {
            add(responses, "412", "PreconditionFailed");
            add(responses, "422", "RuleViolated");
            add(responses, "428", "PreconditionRequired");
        }
        if (hasBody) {
            add(responses, "413", "TooLarge");
        }
    }

    /** Any query or header value can be invalid; a path value only when it is typed (a UUID). */
    private static boolean canBeMalformed(Parameter p) {
        return p.getIn() != Parameter.In.PATH
                || (p.getSchema() != null && (p.getSchema().getFormat() != null || p.getSchema().getRef() != null));
    }

    private static boolean secured(Operation op) {
        return op.getSecurity() != null && op.getSecurity().stream()
                .anyMatch(requirement -> requirement.getSchemes() != null && !requirement.getSchemes().isEmpty());
    }

    private static void replace(APIResponses responses, String status, String component) {
        Map<String, ?> existing = responses.getAPIResponses();
        if (existing != null && existing.containsKey(status) && responses.getAPIResponse(status).getRef() == null) {
            responses.removeAPIResponse(status);
        }
        add(responses, status, component);
    }

    private static void add(APIResponses responses, String status, String component) {
        Map<String, ?> existing = responses.getAPIResponses();
        if (existing == null || !existing.containsKey(status)) {
            responses.addAPIResponse(status, OASFactory.createAPIResponse().ref(component));
        }
    }

}
