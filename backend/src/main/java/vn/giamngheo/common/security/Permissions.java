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
    /** Record review steps: applications, assessments, meetings, complaints. */
    public static final String REVIEW_ASSESS = "review:assess";
    /** Post results, resolve complaints, record the commune decision. */
    public static final String REVIEW_APPROVE = "review:approve";
    /** Open cycles and consolidate them for the district. */
    public static final String REVIEW_CONSOLIDATE = "review:consolidate";

    private Permissions() {
    }
}
