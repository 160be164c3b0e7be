package vn.giamngheo.partner.domain;

import java.util.UUID;

/**
 * The keyset cursors of the partner feeds. Partners treat them as opaque strings; today the insurance feed's is the
 * last change number it returned and the bank list's the last entitlement id.
 */
public final class Cursor {
    private static final UUID FIRST = new UUID(0, 0);

    private Cursor() {
    }

    /** The change number to read after; the start of the feed when absent. */
    public static long changeSeq(String cursor) {
        if (cursor == null) {
            return 0;
        }
        if (!cursor.matches("\\d{1,18}")) {
            throw new IllegalArgumentException("not a cursor of this feed");
        }
        return Long.parseLong(cursor);
    }

    /** The entitlement id to read after; before every id when absent. */
    public static UUID entitlementId(String cursor) {
        if (cursor == null) {
            return FIRST;
        }
        try {
            return UUID.fromString(cursor);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("not a cursor of this list", e);
        }
    }
}
