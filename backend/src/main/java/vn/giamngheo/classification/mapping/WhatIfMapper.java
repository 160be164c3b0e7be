package vn.giamngheo.classification.mapping;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import vn.giamngheo.classification.api.ThresholdDto;
import vn.giamngheo.classification.api.WhatIfChangeDto;
import vn.giamngheo.classification.api.WhatIfCountsDto;
import vn.giamngheo.classification.api.WhatIfDraftDto;
import vn.giamngheo.classification.api.WhatIfRunDto;
import vn.giamngheo.classification.api.WhatIfRunSummary;
import vn.giamngheo.classification.domain.PovertyStandard;
import vn.giamngheo.classification.domain.StandardDraft;
import vn.giamngheo.classification.domain.WhatIfTally;
import vn.giamngheo.classification.persistence.WhatIfRepository;

/** Hand-written, like {@link PovertyStandardMapper}: runs are read as rows, and their counts are summed in the domain. */
public final class WhatIfMapper {
    private WhatIfMapper() {
    }

    public static StandardDraft toDomain(WhatIfDraftDto d) {
        List<StandardDraft.Line> lines = d.thresholds() == null ? List.of() : d.thresholds().stream()
                .map(l -> new StandardDraft.Line(l.areaType(), l.povertyLineVnd(), l.nearPoorCeilingVnd())).toList();
        return new StandardDraft(lines, d.deprivationCutoff());
    }

    /**
     * @param standard the standard as the run classifies with it (the draft applied)
     * @param communeNames names of the communes, by code
     */
    public static WhatIfRunDto toDto(WhatIfRepository.Run r, WhatIfDraftDto draft, PovertyStandard standard,
                                     List<WhatIfTally.CommuneSummary> communes, Function<String, String> communeNames) {
        List<ThresholdDto> thresholds = standard.thresholds().entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .map(e -> new ThresholdDto(e.getKey(), e.getValue().povertyLineVnd(), e.getValue().nearPoorCeilingVnd(),
                        e.getValue().middleIncomeCeilingVnd(), e.getValue().incomeScoreLine()))
                .toList();
        return new WhatIfRunDto(r.id(), r.state(), r.standardCode(), r.referenceDate(), draft, thresholds, standard.deprivationCutoff(),
                r.requestedBy(), r.requestedAt(), r.startedAt(), r.finishedAt(), r.householdsTotal(), r.householdsProcessed(),
                toDto(WhatIfTally.total(communes), null),
                communes.stream().map(c -> toDto(c, communeNames.apply(c.communeCode()))).toList(), r.error());
    }

    public static WhatIfRunSummary toSummary(WhatIfRepository.Run r, long changed) {
        return new WhatIfRunSummary(r.id(), r.state(), r.standardCode(), r.referenceDate(), r.draftJson() != null, r.requestedBy(),
                r.requestedAt(), r.finishedAt(), r.householdsTotal(), r.householdsProcessed(), changed);
    }

    public static WhatIfChangeDto toDto(WhatIfRepository.ChangeView c) {
        return new WhatIfChangeDto(c.householdId(), c.householdCode(), c.headName(), c.communeCode(), c.communeName(), c.hamletCode(),
                c.hamletName(), c.from(), c.to(), c.deprivationCount(), c.monthlyIncomePerCapitaVnd());
    }

    private static WhatIfCountsDto toDto(WhatIfTally.CommuneSummary c, String communeName) {
        return new WhatIfCountsDto(c.communeCode(), communeName, c.households(), c.classified(), c.unclassifiable(), c.unchanged(),
                c.changed(), c.moves().stream().map(m -> new WhatIfCountsDto.Move(m.from(), m.to(), m.households())).toList());
    }
}
