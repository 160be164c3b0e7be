package vn.giamngheo.benefit.domain;

import java.time.LocalDate;

/** How long a grant lasts; every kind also ends at the household's next frozen status. */
public enum Validity {
    /** Cards are issued per calendar year after the review: from the decision to the end of the following year. */
    TO_END_OF_NEXT_YEAR,
    /** From the decision until the next frozen status says otherwise. */
    UNTIL_NEXT_STATUS,
    /** From the escape date for the rule's window (36 months for Decision 28/2015 loans). */
    ESCAPE_WINDOW;

    public LocalDate from(LocalDate decidedOn, LocalDate escapedOn) {
        return this == ESCAPE_WINDOW ? escapedOn : decidedOn;
    }

    /** Inclusive last day, or null for open-ended. */
    public LocalDate to(LocalDate decidedOn, LocalDate escapedOn, Integer windowMonths) {
        return switch (this) {
            case TO_END_OF_NEXT_YEAR -> LocalDate.of(decidedOn.getYear() + 1, 12, 31);
            case UNTIL_NEXT_STATUS -> null;
            case ESCAPE_WINDOW -> escapedOn.plusMonths(windowMonths).minusDays(1);
        };
    }
}
