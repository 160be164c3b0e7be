package vn.giamngheo.classification.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import vn.giamngheo.classification.api.WhatIfDraftDto;
import vn.giamngheo.classification.domain.PovertyStandard;
import vn.giamngheo.classification.mapping.WhatIfMapper;
import vn.giamngheo.classification.persistence.WhatIfRepository;

/** What a run classifies with: its standard with its draft (stored as JSON) applied. */
final class WhatIfSettings {
    private WhatIfSettings() {
    }

    static WhatIfDraftDto draft(WhatIfRepository.Run run, ObjectMapper json) {
        if (run.draftJson() == null) {
            return null;
        }
        try {
            return json.readValue(run.draftJson(), WhatIfDraftDto.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("what_if_run " + run.id() + " has an unreadable draft", e);
        }
    }

    static String json(WhatIfDraftDto draft, ObjectMapper json) {
        try {
            return draft == null ? null : json.writeValueAsString(draft);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static PovertyStandard standard(WhatIfRepository.Run run, WhatIfDraftDto draft, List<PovertyStandard> all) {
        PovertyStandard standard = all.stream().filter(s -> s.code().equals(run.standardCode())).findFirst()
                .orElseThrow(() -> new IllegalStateException("what_if_run " + run.id() + " names no published standard"));
        return draft == null ? standard : WhatIfMapper.toDomain(draft).applyTo(standard);
    }
}
