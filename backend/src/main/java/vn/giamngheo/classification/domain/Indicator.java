package vn.giamngheo.classification.domain;

/** A deprivation indicator (chỉ số thiếu hụt) with its dimension and plain-language meaning. */
public record Indicator(String code, String dimension, String nameVi, String nameEn, String descriptionVi, String descriptionEn) {
}
