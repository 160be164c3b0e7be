package vn.giamngheo.area.domain;

/** Urban or rural, which selects the poverty line of the standard. */
public enum AreaType {
    URBAN, RURAL
}
