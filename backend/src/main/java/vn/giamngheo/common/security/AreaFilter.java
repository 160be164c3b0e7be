package vn.giamngheo.common.security;

/** A commune restriction for a query: all communes, one commune, or none at all. */
public record AreaFilter(boolean all, String communeCode) {
    public static final AreaFilter ALL = new AreaFilter(true, null);
    public static final AreaFilter NOTHING = new AreaFilter(false, null);

    public static AreaFilter only(String communeCode) {
        return new AreaFilter(false, communeCode);
    }

    public boolean isEmpty() {
        return !all && communeCode == null;
    }
}
