package vn.giamngheo.classification.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import vn.giamngheo.area.domain.AreaType;
import vn.giamngheo.classification.domain.ClassificationRule;
import vn.giamngheo.classification.domain.Indicator;
import vn.giamngheo.classification.domain.PovertyStandard;
import vn.giamngheo.classification.domain.Thresholds;

/** Reads the rule packs straight into domain records: they are reference data, never edited through entities. */
@ApplicationScoped
public class PovertyStandardRepository {
    private final EntityManager em;

    PovertyStandardRepository(EntityManager em) {
        this.em = em;
    }

    @SuppressWarnings("unchecked")
    public List<PovertyStandard> findAll() {
        Map<String, Map<AreaType, Thresholds>> thresholds = new HashMap<>();
        for (Object[] r : (List<Object[]>) em.createNativeQuery("select standard_code, area_type, poverty_line_vnd,"
                + " near_poor_ceiling_vnd, middle_income_ceiling_vnd, income_score_line from poverty_threshold").getResultList()) {
            thresholds.computeIfAbsent((String) r[0], k -> new EnumMap<>(AreaType.class))
                    .put(AreaType.valueOf((String) r[1]), new Thresholds(((Number) r[2]).longValue(), asLong(r[3]), asLong(r[4]),
                            r[5] == null ? null : ((Number) r[5]).intValue()));
        }
        Map<String, List<String>> indicators = new HashMap<>();
        for (Object[] r : (List<Object[]>) em.createNativeQuery("select standard_code, indicator_code from poverty_standard_indicator"
                + " order by standard_code, position").getResultList()) {
            indicators.computeIfAbsent((String) r[0], k -> new ArrayList<>()).add((String) r[1]);
        }
        List<PovertyStandard> out = new ArrayList<>();
        for (Object[] r : (List<Object[]>) em.createNativeQuery("select code, name, name_en, legal_citation, valid_from, valid_to, rule,"
                + " deprivation_cutoff, score_points_per_indicator, unconfirmed from poverty_standard where not draft order by valid_from")
                .getResultList()) {
            String code = (String) r[0];
            out.add(new PovertyStandard(code, (String) r[1], (String) r[2], (String) r[3], date(r[4]), date(r[5]),
                    ClassificationRule.valueOf((String) r[6]), ((Number) r[7]).intValue(),
                    r[8] == null ? null : ((Number) r[8]).intValue(),
                    Map.copyOf(thresholds.getOrDefault(code, Map.of())), List.copyOf(indicators.getOrDefault(code, List.of())),
                    new LinkedHashSet<>(Arrays.asList((String[]) r[9]))));
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    public Map<String, Indicator> indicatorCatalogue() {
        Map<String, Indicator> out = new LinkedHashMap<>();
        for (Object[] r : (List<Object[]>) em.createNativeQuery("select code, dimension, name_vi, name_en, description_vi, description_en"
                + " from poverty_indicator order by code").getResultList()) {
            out.put((String) r[0], new Indicator((String) r[0], (String) r[1], (String) r[2], (String) r[3], (String) r[4], (String) r[5]));
        }
        return out;
    }

    private static Long asLong(Object o) {
        return o == null ? null : ((Number) o).longValue();
    }

    private static LocalDate date(Object o) {
        if (o == null) {
            return null;
        }
        return o instanceof LocalDate d ? d : ((Date) o).toLocalDate();
    }
}
