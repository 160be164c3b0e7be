package vn.giamngheo.review.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import vn.giamngheo.classification.domain.PovertyStatus;
import vn.giamngheo.common.error.ProblemException;
import vn.giamngheo.common.security.AreaFilter;
import vn.giamngheo.review.domain.CycleState;
import vn.giamngheo.review.domain.ReviewList;
import vn.giamngheo.review.domain.Transition;
import vn.giamngheo.review.persistence.ReviewCycle;
import vn.giamngheo.review.persistence.ReviewRepository;

/**
 * The frozen status records of a consolidated cycle as a table for exports: the review lists of the whole district in
 * one file, with the same facts the status-records list shows (no indicator or income details). Rows are read from a
 * cursor inside the caller's transaction; scope and audit are the caller's.
 */
@ApplicationScoped
public class StatusRecordExport {
    public static final List<String> COLUMNS = List.of("householdCode", "communeCode", "hamletCode", "headName", "year", "statusStart",
            "statusEnd", "transition", "standardCode", "decidedOn", "escapedOn");

    private final ReviewRepository reviews;

    StatusRecordExport(ReviewRepository reviews) {
        this.reviews = reviews;
    }

    /**
     * The cycle's period ("2025", or "2025-03" for a month's regular review), for the file's name. 404 for an unknown
     * cycle; 409 CYCLE_NOT_CONSOLIDATED before the district consolidates it: records are frozen only then, and an empty
     * file would read as "no household on any list".
     */
    @Transactional
    public String check(UUID cycleId) {
        ReviewCycle cycle = reviews.findCycle(cycleId).orElseThrow(() -> ProblemException.notFound("NOT_FOUND", "No review cycle " + cycleId));
        if (cycle.state != CycleState.CONSOLIDATED) {
            throw ProblemException.conflict("CYCLE_NOT_CONSOLIDATED",
                    "The cycle's statuses are frozen when the district consolidates it; until then the approved lists of decided communes are available");
        }
        return cycle.month == null ? String.valueOf(cycle.year) : String.format("%d-%02d", cycle.year, cycle.month);
    }

    /**
     * One row per frozen record of the cycle in the area, values in the order of {@link #COLUMNS}. A record is kept when
     * it is on one of the lists (none: any) and has one of the transitions (none: any).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Stream<Object[]> rows(UUID cycleId, AreaFilter area, List<ReviewList> lists, List<Transition> transitions) {
        return reviews.exportRecords(cycleId, area, transitions, statusPairs(lists));
    }

    /** The (start, end) statuses the lists take, as "START>END": the lists' one rule, applied by the query. */
    static List<String> statusPairs(List<ReviewList> lists) {
        List<String> pairs = new ArrayList<>();
        for (PovertyStatus start : PovertyStatus.values()) {
            for (PovertyStatus end : PovertyStatus.values()) {
                if (lists.stream().anyMatch(l -> l.includes(start, end))) {
                    pairs.add(start.name() + ">" + end.name());
                }
            }
        }
        return pairs;
    }
}
