package vn.giamngheo.monitoring.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import vn.giamngheo.monitoring.api.SubmissionContentDto;
import vn.giamngheo.monitoring.domain.BudgetLine;
import vn.giamngheo.monitoring.domain.SubmissionContent;

/** A submission's content and registry values as stored (jsonb) and as the API shows them. */
final class ContentJson {
    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
            .configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true);

    private ContentJson() {
    }

    static String write(SubmissionContent c) {
        return write((Object) new SubmissionContentDto(c.indicators(),
                new SubmissionContentDto.Narratives(c.results(), c.difficulties(), c.proposals()),
                c.budget().stream().map(b -> new SubmissionContentDto.BudgetLineDto(b.projectCode(), b.sourceCode(), b.allocatedVnd(),
                        b.disbursedVnd())).toList()));
    }

    static SubmissionContent content(String json) {
        try {
            return toDomain(JSON.readValue(json, SubmissionContentDto.class));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A stored report content cannot be read", e);
        }
    }

    static SubmissionContentDto dto(SubmissionContent c) {
        return new SubmissionContentDto(new TreeMap<>(c.indicators()), new SubmissionContentDto.Narratives(c.results(), c.difficulties(), c.proposals()),
                c.budget().stream().map(b -> new SubmissionContentDto.BudgetLineDto(b.projectCode(), b.sourceCode(), b.allocatedVnd(),
                        b.disbursedVnd())).toList());
    }

    static SubmissionContent toDomain(SubmissionContentDto d) {
        List<BudgetLine> budget = new ArrayList<>();
        if (d.budget() != null) {
            for (SubmissionContentDto.BudgetLineDto b : d.budget()) {
                budget.add(new BudgetLine(b.projectCode(), b.sourceCode(), b.allocatedVnd(), b.disbursedVnd()));
            }
        }
        SubmissionContentDto.Narratives n = d.narratives() == null ? new SubmissionContentDto.Narratives(null, null, null) : d.narratives();
        return new SubmissionContent(d.indicators(), n.results(), n.difficulties(), n.proposals(), budget);
    }

    static String writeValues(Map<String, BigDecimal> values) {
        return write((Object) new TreeMap<>(values));
    }

    static Map<String, BigDecimal> values(String json) {
        try {
            return JSON.readValue(json, new TypeReference<TreeMap<String, BigDecimal>>() {
            });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored registry values cannot be read", e);
        }
    }

    private static String write(Object o) {
        try {
            return JSON.writeValueAsString(o);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
