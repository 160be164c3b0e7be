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
    /**
     * Open review cycles and consolidate them for the district; what-if re-classification of the whole registry; recompute
     * of every household's entitlements (they follow the consolidated statuses).
     */
    public static final String REVIEW_CONSOLIDATE = "review:consolidate";
    /** Read benefit programs and entitlements. */
    public static final String BENEFIT_READ = "benefit:read";
    /** Record fulfilment steps of entitlements (an office without an integration). */
    public static final String BENEFIT_FULFIL = "benefit:fulfil";
    /** The Social Insurance office's partner API: premium-support deltas out, card issuances in. */
    public static final String PARTNER_SOCIAL_INSURANCE = "partner:social-insurance";
    /** The Social Policy Bank's partner API: eligible households out, loan events in. */
    public static final String PARTNER_SOCIAL_BANK = "partner:social-bank";
    /** Prepare and hand in the own unit's reports (a department or a commune). */
    public static final String REPORT_SUBMIT = "report:submit";
    /** The standing office: open report periods, return or accept submissions, consolidate the district report. */
    public static final String REPORT_REVIEW = "report:review";

    /** Bulk imports of households (the importer client and district data staff). */
    public static final String IMPORT_RUN = "import:run";

    private Permissions() {
    }
}
