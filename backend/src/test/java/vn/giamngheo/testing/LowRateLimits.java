package vn.giamngheo.testing;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/** Low request allowances, so a test can reach 429; one profile for every such class, so Quarkus restarts once for them. */
public class LowRateLimits implements QuarkusTestProfile {
    public static final int PUBLIC_PER_MINUTE = 5;
    public static final int PARTNER_PER_MINUTE = 3;

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("giamngheo.public.requests-per-minute", String.valueOf(PUBLIC_PER_MINUTE),
                "giamngheo.partner.requests-per-minute", String.valueOf(PARTNER_PER_MINUTE));
    }
}
