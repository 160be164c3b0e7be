package vn.giamngheo.benefit.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.stream.Stream;
import vn.giamngheo.benefit.domain.EntitlementState;
import vn.giamngheo.benefit.persistence.BenefitRepository;
import vn.giamngheo.common.error.FieldError;
import vn.giamngheo.common.error.ProblemException;
import vn.giamngheo.common.security.AreaFilter;

/**
 * Entitlements as a table for exports: the lists departments and offices work from (who is owed a card, a loan, a
 * course), live and ended. Rows are read from a cursor inside the caller's transaction; scope and audit are the
 * caller's (it knows who asks and why).
 */
@ApplicationScoped
public class EntitlementExport {
    /**
     * The person's columns are empty for a household's entitlement (loans). The fulfilment columns hold what the state
     * machine keeps: the card a health-insurance entitlement was fulfilled with, a loan's amount and repayment, whether a
     * course led to a job.
     */
    public static final List<String> COLUMNS = List.of("householdCode", "communeCode", "hamletCode", "fullName", "dateOfBirth",
            "citizenId", "programCode", "ruleCode", "state", "validFrom", "validTo", "supportRatePercent", "amountCapVnd",
            "monthlyAmountVnd", "cardNumber", "cardValidFrom", "cardValidTo", "loanAmountVnd", "repaymentStatus", "employedAfter",
            "endedOn", "endReason", "updatedAt");

    private final BenefitRepository benefits;

    EntitlementExport(BenefitRepository benefits) {
        this.benefits = benefits;
    }

    /** 400 for a program code that names no benefit program (an empty file would hide the typo). */
    @Transactional
    public void checkProgram(String programCode) {
        if (programCode != null && benefits.programs().stream().noneMatch(p -> p.code().equals(programCode))) {
            throw ProblemException.invalid(List.of(FieldError.param("programCode", "UNKNOWN_PROGRAM", "is not a benefit program")));
        }
    }

    /** One row per entitlement of the area, values in the order of {@link #COLUMNS}; null filters take all. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Stream<Object[]> rows(AreaFilter area, String programCode, EntitlementState state) {
        return benefits.exportRows(area, programCode, state);
    }
}
