package vn.giamngheo.classification.domain;

import java.util.List;
import vn.giamngheo.area.domain.AreaType;

/** What a reviewer starts from: the standard, the household's area type and each indicator proposed from its facts. */
public record ClassificationBasis(PovertyStandard standard, AreaType areaType, List<IndicatorFinding> findings) {
}
