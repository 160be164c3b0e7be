package vn.giamngheo.benefit.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A fulfilment step an office or a partner records, the state it leads to, the programs it belongs to, and the facts
 * it must carry. The same rules serve the manual endpoint and the partner batches.
 */
public enum Step {
    /** An application (a loan request, a course registration). */
    REQUESTED(EntitlementState.REQUESTED, Set.of(ProgramKind.HEALTH_INSURANCE, ProgramKind.LOAN, ProgramKind.VOCATIONAL_TRAINING,
            ProgramKind.EDUCATION, ProgramKind.NUTRITION)),
    /** A loan approved, a course or school enrolment. */
    ENROLLED(EntitlementState.ENROLLED, Set.of(ProgramKind.LOAN, ProgramKind.VOCATIONAL_TRAINING, ProgramKind.EDUCATION,
            ProgramKind.NUTRITION)),
    /** A card issued (number and validity), a loan disbursed (amount), a course completed, support paid. */
    FULFILLED(EntitlementState.FULFILLED, Set.of(ProgramKind.HEALTH_INSURANCE, ProgramKind.LOAN, ProgramKind.VOCATIONAL_TRAINING,
            ProgramKind.EDUCATION, ProgramKind.NUTRITION)),
    /** Repayment status of a disbursed loan; the entitlement stays fulfilled. */
    REPAYMENT(EntitlementState.FULFILLED, Set.of(ProgramKind.LOAN)),
    /** Employed after a completed course (the centre's follow-up survey). */
    EMPLOYED(EntitlementState.FULFILLED, Set.of(ProgramKind.VOCATIONAL_TRAINING)),
    /** Withdrawn by a decision, with its reason. */
    REVOKED(EntitlementState.REVOKED, Set.of(ProgramKind.HEALTH_INSURANCE, ProgramKind.LOAN, ProgramKind.VOCATIONAL_TRAINING,
            ProgramKind.EDUCATION, ProgramKind.NUTRITION));

    private final EntitlementState leadsTo;
    private final Set<ProgramKind> programs;

    Step(EntitlementState leadsTo, Set<ProgramKind> programs) {
        this.leadsTo = leadsTo;
        this.programs = programs;
    }

    /** What a step says; which fields are needed depends on the step and the program. */
    public record Facts(LocalDate occurredOn, String cardNumber, LocalDate cardValidFrom, LocalDate cardValidTo, Long amountVnd,
                        RepaymentStatus repaymentStatus, String note) {
    }

    /** A missing or wrong fact, named as in the request body. */
    public record Problem(String field, String code, String detail) {
    }

    /** The facts this step lacks or gets wrong for the program; empty when it may be applied. */
    public List<Problem> check(ProgramKind kind, Long amountCapVnd, Facts f) {
        List<Problem> out = new ArrayList<>();
        if (!programs.contains(kind)) {
            out.add(new Problem("kind", "STEP_NOT_FOR_PROGRAM", this + " does not apply to a " + kind + " program"));
            return out;
        }
        if (this == FULFILLED && kind == ProgramKind.HEALTH_INSURANCE) {
            require(out, f.cardNumber(), "cardNumber");
            require(out, f.cardValidFrom(), "cardValidFrom");
            require(out, f.cardValidTo(), "cardValidTo");
            if (f.cardValidFrom() != null && f.cardValidTo() != null && f.cardValidTo().isBefore(f.cardValidFrom())) {
                out.add(new Problem("cardValidTo", "BEFORE_VALID_FROM", "must not be before cardValidFrom"));
            }
        }
        if (kind == ProgramKind.LOAN && (this == FULFILLED || this == ENROLLED)) {
            require(out, f.amountVnd(), "amountVnd");
            if (f.amountVnd() != null && amountCapVnd != null && f.amountVnd() > amountCapVnd) {
                out.add(new Problem("amountVnd", "ABOVE_CAP", "exceeds the program's cap of " + amountCapVnd + " VND"));
            }
        }
        if (this == REPAYMENT) {
            require(out, f.repaymentStatus(), "repaymentStatus");
        }
        if (this == REVOKED) {
            require(out, f.note() == null || f.note().isBlank() ? null : f.note(), "note");
        }
        return out;
    }

    /** The state after this step; repayment and employment follow-ups need a fulfilled entitlement. */
    public EntitlementState apply(EntitlementState from) {
        if (this == REPAYMENT || this == EMPLOYED) {
            if (from != EntitlementState.FULFILLED) {
                throw new IllegalStep(this + " needs a FULFILLED entitlement; this one is " + from);
            }
            return from;
        }
        return from.moveTo(leadsTo);
    }

    public EntitlementEventKind eventKind() {
        return EntitlementEventKind.valueOf(name());
    }

    private static void require(List<Problem> out, Object value, String field) {
        if (value == null) {
            out.add(new Problem(field, "REQUIRED", "is required for this step"));
        }
    }
}
