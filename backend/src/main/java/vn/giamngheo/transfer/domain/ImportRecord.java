package vn.giamngheo.transfer.domain;

import java.util.List;
import vn.giamngheo.household.api.HouseholdCreate;

/**
 * One household read from a file: its place (record number from 1; the line or row it starts on, and the row of
 * each member in a table), its original text, the household code it names (to update) and the household as the
 * API's create body, or null when it could not be read at all. {@code problems} are those found while reading.
 */
public record ImportRecord(int recordNo, int lineNo, List<Integer> memberLines, String original, String householdCode,
                           HouseholdCreate data, List<RowProblem> problems) {

    /** The line a pointer's problem is on: a member's own row in a table, else the record's first line. */
    public int lineOf(String pointer) {
        if (pointer != null && pointer.startsWith("/members/") && !memberLines.isEmpty()) {
            String rest = pointer.substring("/members/".length());
            int slash = rest.indexOf('/');
            try {
                int i = Integer.parseInt(slash < 0 ? rest : rest.substring(0, slash));
                if (i >= 0 && i < memberLines.size()) {
                    return memberLines.get(i);
                }
            } catch (NumberFormatException e) {
                return lineNo;
            }
        }
        return lineNo;
    }
}
