package vn.giamngheo.common.web;

import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
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
 * against their own limit as they are stored.
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
            String declared = ctx.request().getHeader("Content-Length");
            if (declared == null || !declared.matches("\\d{1,18}") || Long.parseLong(declared) <= maxBytes
                    || ctx.request().path().equals(STREAMED)) {
                ctx.next();
                return;
            }
            ProblemType type = ProblemType.TOO_LARGE;
            JsonObject body = new JsonObject()
                    .put("type", type.uri).put("title", type.title).put("status", type.status)
                    .put("detail", "The request body is larger than the service accepts")
                    .put("instance", ctx.request().path()).put("code", "PAYLOAD_TOO_LARGE")
                    .put("traceId", Long.toHexString(ThreadLocalRandom.current().nextLong() | Long.MIN_VALUE));
            ctx.response().setStatusCode(type.status).putHeader("Content-Type", ProblemMapper.PROBLEM_JSON)
                    .putHeader("Connection", "close").end(body.encode());
        });
    }
}
