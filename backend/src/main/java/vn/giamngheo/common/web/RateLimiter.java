package vn.giamngheo.common.web;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.giamngheo.common.error.ProblemException;
import vn.giamngheo.common.error.ProblemType;

/**
 * Fixed one-minute windows per client: the address for public endpoints, the client id for partners. In memory:
 * each replica limits on its own, which is enough to keep one client from monopolising the service.
 */
@ApplicationScoped
public class RateLimiter {
    private static final long WINDOW_MS = 60_000;
    private static final int MAX_TRACKED = 100_000;

    private final int perMinute;
    private final ConcurrentHashMap<String, Window> windows = new ConcurrentHashMap<>();

    RateLimiter(@ConfigProperty(name = "giamngheo.public.requests-per-minute", defaultValue = "30") int perMinute) {
        this.perMinute = perMinute;
    }

    private record Window(long start, int count) {
    }

    /** Counts one request of this client address against the public allowance. */
    public void acquire(String client) {
        acquire(client, perMinute);
    }

    /** Counts one request of this client; 429 RATE_LIMITED once the minute's allowance is used. */
    public void acquire(String client, int perMinute) {
        long now = System.currentTimeMillis();
        if (windows.size() > MAX_TRACKED) {
            windows.values().removeIf(w -> now - w.start() >= WINDOW_MS);
        }
        Window w = windows.compute(client, (k, old) -> old == null || now - old.start() >= WINDOW_MS
                ? new Window(now, 1) : new Window(old.start(), old.count() + 1));
        if (w.count() > perMinute) {
            long retryAfter = Math.max(1, (w.start() + WINDOW_MS - now + 999) / 1000);
            throw new ProblemException(ProblemType.TOO_MANY_REQUESTS, "RATE_LIMITED",
                    "Too many requests from this client; try again in " + retryAfter + " s", java.util.List.of(), retryAfter);
        }
    }
}
