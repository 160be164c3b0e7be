package vn.giamngheo.common.paging;

/**
 * The total of a page whose count stops at {@link #LIMIT}: counting every match of a common name, or every entry of
 * a busy audit log, costs more than the page itself. Past the limit the total is a lower bound ({@code exact} false).
 */
public record BoundedTotal(long total, boolean exact) {
    public static final int LIMIT = 1000;

    public static final BoundedTotal NONE = new BoundedTotal(0, true);

    /**
     * @param counted      matches counted, at most {@code LIMIT + 1} (one more than the limit says "more")
     * @param itemsOnPage  the page's items, which match too even when they lie beyond the limit (an empty page
     *                     beyond the matches proves nothing)
     */
    public static BoundedTotal of(long counted, PageQuery page, int itemsOnPage) {
        if (counted < 0 || counted > LIMIT + 1) {
            throw new IllegalArgumentException("counted must be between 0 and " + (LIMIT + 1) + ", got " + counted);
        }
        long shown = itemsOnPage > 0 ? page.offset() + itemsOnPage : 0;
        long total = Math.max(Math.min(counted, LIMIT), shown);
        return new BoundedTotal(total, counted <= LIMIT);
    }
}
