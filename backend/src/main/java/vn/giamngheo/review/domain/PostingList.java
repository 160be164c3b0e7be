package vn.giamngheo.review.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.giamngheo.classification.domain.PovertyStatus;

/**
 * The public posting list (danh sách niêm yết công khai) of one commune's review, or of one of its hamlets: the
 * households proposed for the poor or near-poor list or for leaving one, as the community meetings agreed them.
 * It carries only what posting needs (head's name, hamlet, household code, status at the start and proposed), never
 * identity numbers, incomes, scores or deprivations (DOMAIN §8.5, rule 5).
 *
 * @param hamletCode the hamlet the list was asked for, null (with its name) for the whole commune
 * @param postedFrom the posting window, null until the commune records it
 */
public record PostingList(String communeCode, String communeName, ReviewKind kind, int year, Integer month, String hamletCode,
                          String hamletName, LocalDate postedFrom, LocalDate postedTo, List<Row> rows) {

    /**
     * Cases whose result a community meeting agreed: agreed, disputed by a complaint during posting (shown with the
     * result that was posted, not a pending re-check), decided. Assessed cases still wait for their meeting and
     * returned ones for a new assessment.
     */
    public static final Set<CaseState> POSTED_STATES = EnumSet.of(CaseState.AGREED, CaseState.DISPUTED, CaseState.DECIDED);

    public record Row(String hamletName, String householdCode, String headName, PovertyStatus start, PovertyStatus proposed) {
    }

    public PostingList {
        rows = List.copyOf(rows);
    }

    /**
     * Posted when the household is on a list the commune decides (poor, near-poor, escaped either): an applicant found
     * to be neither poor nor near-poor gets a written answer instead of a place on a public notice.
     */
    public static boolean posts(PovertyStatus start, PovertyStatus proposed) {
        for (ReviewList list : ReviewList.values()) {
            if (list.includes(start, proposed)) {
                return true;
            }
        }
        return false;
    }

    public String title() {
        return "DANH SÁCH HỘ NGHÈO, HỘ CẬN NGHÈO, HỘ THOÁT NGHÈO, HỘ THOÁT CẬN NGHÈO NĂM " + year;
    }

    public String reviewName() {
        return kind == ReviewKind.PERIODIC ? "Kết quả rà soát định kỳ năm " + year
                : "Kết quả rà soát thường xuyên tháng " + month + "/" + year;
    }

    /** Rows by hamlet, in the rows' order. */
    public Map<String, List<Row>> byHamlet() {
        Map<String, List<Row>> groups = new LinkedHashMap<>();
        for (Row r : rows) {
            groups.computeIfAbsent(r.hamletName(), k -> new ArrayList<>()).add(r);
        }
        return groups;
    }

    /** How many households each list would hold; one household can be on two (poor → near-poor escapes poverty). */
    public Map<ReviewList, Long> counts() {
        Map<ReviewList, Long> counts = new EnumMap<>(ReviewList.class);
        for (ReviewList list : ReviewList.values()) {
            counts.put(list, rows.stream().filter(r -> list.includes(r.start(), r.proposed())).count());
        }
        return counts;
    }
}
