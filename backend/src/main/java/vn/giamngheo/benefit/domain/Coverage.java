package vn.giamngheo.benefit.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * The reconciliation board's rules: what fulfils an entitlement of each program kind, whom a program's coverage is
 * measured against, and which entitlements are findings. The plan (DOMAIN.md §1) sets 100 % targets for
 * health-insurance cards (every poor and near-poor person), loans (every eligible household that wants one) and
 * vocational training (every working-age poor person who wants it).
 * <p>
 * An entitlement is described by a few yes/no facts ({@link Facts}); the database counts entitlements per commune and
 * combination of facts, and these rules turn the combinations into coverage numbers and findings. The same
 * combinations select a finding's rows ({@link #withFinding}), so a list and its counts always agree.
 */
public final class Coverage {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Coverage() {
    }

    /**
     * What the board needs to know of one entitlement on a day.
     *
     * @param live              not expired or revoked
     * @param expired           ended by the rules (not revoked by a decision)
     * @param validToday        its period includes the day
     * @param requested         asked for, enrolled or fulfilled (live entitlements)
     * @param fulfilled         a FULFILLED step was recorded (card issued, loan disbursed, course completed, support paid)
     * @param cardValidToday    it carries a health-insurance card whose validity includes the day
     * @param repaid            the Social Policy Bank reported the loan repaid
     * @param entitledElsewhere another live entitlement of the same program, valid on the day, covers the same person or household
     */
    public record Facts(boolean live, boolean expired, boolean validToday, boolean requested, boolean fulfilled, boolean cardValidToday,
                        boolean repaid, boolean entitledElsewhere) {

        /** Every combination, in a fixed order (for selecting rows by finding). */
        static List<Facts> all() {
            List<Facts> out = new ArrayList<>(256);
            for (int i = 0; i < 256; i++) {
                out.add(new Facts(bit(i, 7), bit(i, 6), bit(i, 5), bit(i, 4), bit(i, 3), bit(i, 2), bit(i, 1), bit(i, 0)));
            }
            return out;
        }

        private static boolean bit(int i, int n) {
            return (i >> n & 1) == 1;
        }
    }

    /**
     * Where one entitlement stands on the board.
     *
     * @param entitled  live and valid today
     * @param requested entitled and asked for
     * @param counted   in the denominator of the program's coverage
     * @param fulfilled counted and fulfilled
     * @param finding   what the board lists it as, or null
     */
    public record Standing(boolean entitled, boolean requested, boolean counted, boolean fulfilled, ReconciliationFinding finding) {
        static final Standing NONE = new Standing(false, false, false, false, null);
    }

    public static CoverageBasis basis(ProgramKind kind) {
        return kind == ProgramKind.LOAN || kind == ProgramKind.VOCATIONAL_TRAINING ? CoverageBasis.REQUESTED : CoverageBasis.ALL_ENTITLED;
    }

    /** 100 where the plan sets a target (health insurance, loans, vocational training), else null. */
    public static BigDecimal targetPercent(ProgramKind kind) {
        return switch (kind) {
            case HEALTH_INSURANCE, LOAN, VOCATIONAL_TRAINING -> HUNDRED;
            case EDUCATION, NUTRITION, ACTIVITY -> null;
        };
    }

    /**
     * A card fulfils an entitlement only while it is valid: a card that ran out leaves the person uncovered. A loan
     * fulfils once disbursed, a course once completed, the other programs once their support was recorded.
     */
    static boolean fulfils(ProgramKind kind, Facts f) {
        return f.fulfilled() && (kind != ProgramKind.HEALTH_INSURANCE || f.cardValidToday());
    }

    /** What a fulfilment still gives after its entitlement ended: a valid card, a loan not repaid. Courses and support are spent. */
    static boolean stillInForce(ProgramKind kind, Facts f) {
        return switch (kind) {
            case HEALTH_INSURANCE -> f.fulfilled() && f.cardValidToday();
            case LOAN -> f.fulfilled() && !f.repaid();
            case VOCATIONAL_TRAINING, EDUCATION, NUTRITION, ACTIVITY -> false;
        };
    }

    public static Standing standing(ProgramKind kind, Facts f) {
        if (kind == ProgramKind.ACTIVITY) {
            return Standing.NONE;
        }
        if (f.live() && f.validToday()) {
            boolean requested = f.requested();
            boolean counted = basis(kind) == CoverageBasis.ALL_ENTITLED || requested;
            boolean fulfilled = counted && fulfils(kind, f);
            return new Standing(true, requested, counted, fulfilled, counted && !fulfilled ? ReconciliationFinding.UNFULFILLED : null);
        }
        if (f.expired() && !f.entitledElsewhere() && stillInForce(kind, f)) {
            return new Standing(false, false, false, false, ReconciliationFinding.NO_LONGER_ENTITLED);
        }
        return Standing.NONE;
    }

    /** The combinations of facts an entitlement of this kind has when it is listed as this finding. */
    public static List<Facts> withFinding(ProgramKind kind, ReconciliationFinding finding) {
        return Facts.all().stream().filter(f -> !(f.live() && f.expired())).filter(f -> standing(kind, f).finding() == finding).toList();
    }

    /** Fulfilled as a percentage of the denominator, one decimal, half up; null when no one is counted. */
    public static BigDecimal percent(long fulfilled, long denominator) {
        if (denominator == 0) {
            return null;
        }
        return BigDecimal.valueOf(fulfilled).multiply(HUNDRED).divide(BigDecimal.valueOf(denominator), 1, RoundingMode.HALF_UP);
    }

    /**
     * Whether the target is met, on the exact ratio: 1,999 cards for 2,000 people is 99.95 %, shown as 100.0 but short
     * of 100 %. Null without a target or without anyone counted.
     */
    public static Boolean meetsTarget(BigDecimal targetPercent, long fulfilled, long denominator) {
        if (targetPercent == null || denominator == 0) {
            return null;
        }
        return BigDecimal.valueOf(fulfilled).multiply(HUNDRED).compareTo(targetPercent.multiply(BigDecimal.valueOf(denominator))) >= 0;
    }

    /** Counts of a commune or of the whole scope. */
    public record Tally(long entitled, long requested, long denominator, long fulfilled, long unfulfilled, long noLongerEntitled) {
        public static final Tally ZERO = new Tally(0, 0, 0, 0, 0, 0);

        /** Adds {@code n} entitlements of this standing. */
        public Tally add(Standing s, long n) {
            return new Tally(entitled + (s.entitled() ? n : 0), requested + (s.requested() ? n : 0), denominator + (s.counted() ? n : 0),
                    fulfilled + (s.fulfilled() ? n : 0), unfulfilled + (s.finding() == ReconciliationFinding.UNFULFILLED ? n : 0),
                    noLongerEntitled + (s.finding() == ReconciliationFinding.NO_LONGER_ENTITLED ? n : 0));
        }

        public Tally plus(Tally o) {
            return new Tally(entitled + o.entitled, requested + o.requested, denominator + o.denominator, fulfilled + o.fulfilled,
                    unfulfilled + o.unfulfilled, noLongerEntitled + o.noLongerEntitled);
        }
    }
}
