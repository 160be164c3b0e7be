package vn.giamngheo.area.domain;

/** Administrative unit kinds: tỉnh, huyện, thành phố, xã, thị trấn, phường, ấp, khóm. */
public enum UnitType {
    PROVINCE, RURAL_DISTRICT, CITY, COMMUNE, TOWNSHIP, WARD, HAMLET, NEIGHBOURHOOD
}
