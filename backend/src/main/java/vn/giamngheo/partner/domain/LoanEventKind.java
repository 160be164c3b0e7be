package vn.giamngheo.partner.domain;

import vn.giamngheo.benefit.domain.Step;

/** What the Social Policy Bank reports about a loan, and the entitlement step each one is. */
public enum LoanEventKind {
    /** The household applied for the loan. */
    APPLIED(Step.REQUESTED),
    /** The bank approved it (amount). */
    APPROVED(Step.ENROLLED),
    /** The bank paid it out (amount). */
    DISBURSED(Step.FULFILLED),
    /** How a disbursed loan is being repaid. */
    REPAYMENT(Step.REPAYMENT);

    public final Step step;

    LoanEventKind(Step step) {
        this.step = step;
    }
}
