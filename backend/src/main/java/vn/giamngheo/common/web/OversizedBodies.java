package vn.giamngheo.common.web;

import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import io.quarkus.runtime.configuration.MemorySize;
import java.util.concurrent.ThreadLocalRandom;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.giamngheo.common.error.ProblemMapper;
import vn.giamngheo.common.error.ProblemType;

/**
 * Bodies over giamngheo.http.max-body-size are refused here with a 413 problem before any resource runs. The HTTP
 * layer's own limit (quarkus.http.limits.max-body-size) is raised for streamed import uploads, which are checked
 * against their own limit as they are stored; so everywhere else a body must state its length (411 when it is sent
 * in chunks), or a chunked body could grow up to the raised limit.
 */
@ApplicationScoped
public class OversizedBodies {
    private final long maxBytes;

    /** Uploads of import files stream to disk under their own limit (ImportConfig). */
    private static final String STREAMED = "/api/v1/imports";

    OversizedBodies(@ConfigProperty(name = "giamngheo.http.max-body-size") MemorySize max) {
        this.maxBytes = max.asLongValue();
    }

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(ctx -> {
            if (ctx.request().path().equals(STREAMED)) {
                ctx.next();
                return;
            }
            String declared = ctx.request().getHeader("Content-Length");
            if (declared == null && ctx.request().getHeader("Transfer-Encoding") != null) {
                refuse(ctx, ProblemType.LENGTH_REQUIRED, "LENGTH_REQUIRED", "Send the body with a Content-Length (chunked bodies are taken only by imports)");
            } else if (declared != null && declared.matches("\\d{1,18}") && Long.parseLong(declared) > maxBytes) {
                refuse(ctx, ProblemType.TOO_LARGE, "PAYLOAD_TOO_LARGE", "The request body is larger than the service accepts");
            } else {
                ctx.next();
            }
        });
    }

    private static void refuse(RoutingContext ctx, ProblemType type, String code, String detail) {
        JsonObject body = new JsonObject()
                .put("type", type.uri).put("title", type.title).put("status", type.status)
                .put("detail", detail).put("instance", ctx.request().path()).put("code", code)
                .put("traceId", Long.toHexString(ThreadLocalRandom.current().nextLong() | Long.MIN_VALUE));
        ctx.response().setStatusCode(type.status).putHeader("Content-Type", ProblemMapper.PROBLEM_JSON)
                .putHeader("Connection", "close").end(body.encode());
    }
}
