package vn.giamngheo.classification.mapping;

import java.util.List;
import java.util.Map;
import vn.giamngheo.classification.api.IndicatorDto;
import vn.giamngheo.classification.api.PovertyStandardDto;
import vn.giamngheo.classification.api.ThresholdDto;
import vn.giamngheo.classification.domain.Indicator;
import vn.giamngheo.classification.domain.PovertyStandard;

/** Hand-written: thresholds are a map keyed by area type in the domain and a list in the contract. */
public final class PovertyStandardMapper {
    private PovertyStandardMapper() {
    }

    public static PovertyStandardDto toDto(PovertyStandard s, Map<String, Indicator> catalogue) {
        List<ThresholdDto> thresholds = s.thresholds().entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .map(e -> new ThresholdDto(e.getKey(), e.getValue().povertyLineVnd(), e.getValue().nearPoorCeilingVnd(),
                        e.getValue().middleIncomeCeilingVnd(), e.getValue().incomeScoreLine()))
                .toList();
        return new PovertyStandardDto(s.code(), s.name(), s.nameEn(), s.legalCitation(), s.validFrom(), s.validTo(), s.rule(),
                s.deprivationCutoff(), s.scorePointsPerIndicator(), thresholds,
                s.indicators().stream().map(code -> toDto(catalogue.get(code))).toList(), List.copyOf(s.unconfirmed()));
    }

    public static IndicatorDto toDto(Indicator i) {
        return new IndicatorDto(i.code(), i.dimension(), i.nameVi(), i.nameEn(), i.descriptionVi(), i.descriptionEn());
    }
}
