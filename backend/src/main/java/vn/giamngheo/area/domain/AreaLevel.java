package vn.giamngheo.area.domain;

public enum AreaLevel {
    PROVINCE, DISTRICT, COMMUNE, HAMLET
}
