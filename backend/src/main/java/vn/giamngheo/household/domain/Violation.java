package vn.giamngheo.household.domain;

/** A broken rule on one field; {@code path} is relative to the checked object, e.g. "citizenId". */
public record Violation(String path, String code, String detail) {
    public Violation under(String prefix) {
        return new Violation(prefix + "/" + path, code, detail);
    }
}
