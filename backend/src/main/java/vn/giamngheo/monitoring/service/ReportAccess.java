package vn.giamngheo.monitoring.service;

import jakarta.enterprise.context.RequestScoped;
import java.util.Optional;
import vn.giamngheo.common.error.ProblemException;
import vn.giamngheo.common.error.ProblemType;
import vn.giamngheo.common.security.CallerScope;
import vn.giamngheo.common.security.Permissions;

/**
 * Who may see and act on which unit's reports: the standing office (report:review) and district-wide readers see
 * every unit; a department's or commune's staff see their own unit only (another unit's report answers 404), submit
 * only for it (403 otherwise), and never accept or return.
 */
@RequestScoped
public class ReportAccess {
    private final CallerScope caller;

    ReportAccess(CallerScope caller) {
        this.caller = caller;
    }

    /** The unit in the caller's token: XA-&lt;commune&gt; for commune staff, the department code for department staff. */
    public Optional<String> ownUnit() {
        Optional<String> commune = caller.communeCode();
        if (commune.isPresent()) {
            return commune.map(c -> "XA-" + c);
        }
        return caller.departmentCode();
    }

    public boolean seesAllUnits() {
        return caller.roles().contains(Permissions.REPORT_REVIEW) || caller.districtWide();
    }

    public boolean sees(String unitCode) {
        return seesAllUnits() || ownUnit().map(unitCode::equals).orElse(false);
    }

    public boolean standingOffice() {
        return caller.roles().contains(Permissions.REPORT_REVIEW);
    }

    /** The caller may prepare and hand in this unit's report. */
    public void requireOwnUnit(String unitCode) {
        if (!caller.roles().contains(Permissions.REPORT_SUBMIT) || !ownUnit().map(unitCode::equals).orElse(false)) {
            throw new ProblemException(ProblemType.FORBIDDEN, "NOT_OWN_UNIT",
                    "Only the staff of unit " + unitCode + " may prepare and submit its report");
        }
    }

    public void requireStandingOffice() {
        if (!standingOffice()) {
            throw new ProblemException(ProblemType.FORBIDDEN, "NOT_STANDING_OFFICE",
                    "Only the district's standing office may return or accept a report");
        }
    }

    public String username() {
        return caller.username();
    }
}
