package vn.giamngheo.common.security;

/**
 * Permission names checked by {@code @RolesAllowed}. Keycloak bundles them into job-title composite roles
 * (district-officer, commune-officer, …); the realm export in deploy/keycloak is the source of truth.
 */
public final class Permissions {
    public static final String HOUSEHOLD_READ = "household:read";
    public static final String HOUSEHOLD_WRITE = "household:write";
    /** District-wide area scope; without it a caller is limited to the commune in its token. */
    public static final String AREA_DISTRICT = "area:district";
    public static final String AUDIT_READ = "audit:read";
    /** District consolidation of the annual review, and what-if re-classification of the whole registry. */
    public static final String REVIEW_CONSOLIDATE = "review:consolidate";

    private Permissions() {
    }
}
