package vn.giamngheo.partner.rest;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import vn.giamngheo.common.security.CallerScope;
import vn.giamngheo.common.web.RateLimiter;
import vn.giamngheo.partner.service.Answer;
import vn.giamngheo.partner.service.PartnerConfig;

/** What every partner resource does around its call: count it against the client's allowance, and shape batch answers. */
final class PartnerAnswers {
    static final String REPLAYED = "Idempotency-Replayed";

    private PartnerAnswers() {
    }

    /** 429 RATE_LIMITED once the partner client used its calls of the minute; keyed by client id, not address. */
    static void count(RateLimiter limiter, CallerScope caller, PartnerConfig config) {
        limiter.acquire("partner:" + caller.clientId(), config.requestsPerMinute());
    }

    /** The stored JSON as it was first answered; a replay says so in a header. */
    static Response of(Answer answer) {
        Response.ResponseBuilder r = Response.status(answer.status()).type(MediaType.APPLICATION_JSON).entity(answer.body());
        if (answer.replayed()) {
            r.header(REPLAYED, "true");
        }
        return r.build();
    }
}
