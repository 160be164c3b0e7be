package vn.giamngheo.monitoring.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

/** The program's reference data (migration V30): units, projects, funding sources, targets, indicators. */
@ApplicationScoped
public class ProgramRepository {
    private final EntityManager em;

    ProgramRepository(EntityManager em) {
        this.em = em;
    }

    public record UnitRow(String code, String kind, String nameVi, String nameEn, String communeCode, boolean standingOffice, boolean active) {
    }

    public record ProjectRow(String code, String parentCode, String number, String nameVi, String nameEn, String leadUnitCode,
                             String partnerUnitCode, boolean runsHere, String notRunReasonVi, String notRunReasonEn) {
    }

    public record NamedRow(String code, String nameVi, String nameEn) {
    }

    public record TargetRow(String code, String nameVi, String nameEn, BigDecimal value, String unit, String comparison) {
    }

    public record IndicatorRow(String code, String group, String nameVi, String nameEn, String unit, String source, boolean forCommunes,
                               List<String> departmentCodes) {
        /** Whether a unit reports this indicator: communes those marked for them, departments those naming them. */
        public boolean reportedBy(UnitRow unit) {
            return "COMMUNE".equals(unit.kind()) ? forCommunes : departmentCodes.contains(unit.code());
        }
    }

    @SuppressWarnings("unchecked")
    public List<UnitRow> units() {
        return ((List<Object[]>) em.createNativeQuery("""
                select code, kind, name_vi, name_en, commune_code, standing_office, active from reporting_unit order by position""")
                .getResultList()).stream()
                .map(r -> new UnitRow((String) r[0], (String) r[1], (String) r[2], (String) r[3], (String) r[4], (Boolean) r[5], (Boolean) r[6]))
                .toList();
    }

    @SuppressWarnings("unchecked")
    public List<ProjectRow> projects() {
        return ((List<Object[]>) em.createNativeQuery("""
                select code, parent_code, number, name_vi, name_en, lead_unit_code, partner_unit_code, runs_here, not_run_reason_vi,
                       not_run_reason_en
                from program_project order by position""").getResultList()).stream()
                .map(r -> new ProjectRow((String) r[0], (String) r[1], (String) r[2], (String) r[3], (String) r[4], (String) r[5],
                        (String) r[6], (Boolean) r[7], (String) r[8], (String) r[9]))
                .toList();
    }

    @SuppressWarnings("unchecked")
    public List<NamedRow> fundingSources() {
        return ((List<Object[]>) em.createNativeQuery("select code, name_vi, name_en from funding_source order by position").getResultList())
                .stream().map(r -> new NamedRow((String) r[0], (String) r[1], (String) r[2])).toList();
    }

    @SuppressWarnings("unchecked")
    public List<TargetRow> targets() {
        return ((List<Object[]>) em.createNativeQuery("select code, name_vi, name_en, value, unit, comparison from program_target order by position")
                .getResultList()).stream()
                .map(r -> new TargetRow((String) r[0], (String) r[1], (String) r[2], (BigDecimal) r[3], (String) r[4], (String) r[5]))
                .toList();
    }

    @SuppressWarnings("unchecked")
    public List<IndicatorRow> indicators() {
        return ((List<Object[]>) em.createNativeQuery("""
                select code, group_code, name_vi, name_en, unit, source, for_communes, array_to_string(department_codes, ',')
                from report_indicator order by position""").getResultList()).stream()
                .map(r -> new IndicatorRow((String) r[0], (String) r[1], (String) r[2], (String) r[3], (String) r[4], (String) r[5],
                        (Boolean) r[6], r[7] == null || ((String) r[7]).isEmpty() ? List.of() : Arrays.asList(((String) r[7]).split(","))))
                .toList();
    }
}
