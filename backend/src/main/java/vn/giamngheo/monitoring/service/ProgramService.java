package vn.giamngheo.monitoring.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.giamngheo.monitoring.api.ProgramDto;
import vn.giamngheo.monitoring.api.ReportingUnitDto;
import vn.giamngheo.monitoring.api.ReportingUnitList;
import vn.giamngheo.monitoring.persistence.ProgramRepository;

/** The program's structure and the reporting units, as the reference data of migration V30 holds them. */
@ApplicationScoped
public class ProgramService {
    private final ProgramRepository program;

    ProgramService(ProgramRepository program) {
        this.program = program;
    }

    @Transactional
    public ProgramDto program() {
        Map<String, ProgramRepository.UnitRow> units = unitsByCode();
        List<ProgramRepository.ProjectRow> rows = program.projects();
        List<ProgramDto.Project> top = new ArrayList<>();
        for (ProgramRepository.ProjectRow r : rows) {
            if (r.parentCode() == null) {
                List<ProgramDto.Project> subs = rows.stream().filter(s -> r.code().equals(s.parentCode()))
                        .map(s -> project(s, units, List.of())).toList();
                top.add(project(r, units, subs));
            }
        }
        return new ProgramDto(top,
                program.fundingSources().stream().map(s -> new ProgramDto.FundingSource(s.code(), s.nameVi(), s.nameEn())).toList(),
                program.targets().stream().map(t -> new ProgramDto.Target(t.code(), t.nameVi(), t.nameEn(), t.value(), t.unit(), t.comparison()))
                        .toList(),
                program.indicators().stream().map(i -> new ProgramDto.Indicator(i.code(), i.group(), i.nameVi(), i.nameEn(), i.unit(), i.source(),
                        i.forCommunes(), i.departmentCodes())).toList());
    }

    private static ProgramDto.Project project(ProgramRepository.ProjectRow r, Map<String, ProgramRepository.UnitRow> units,
                                              List<ProgramDto.Project> subs) {
        String lead = Optional.ofNullable(r.leadUnitCode()).map(units::get).map(ProgramRepository.UnitRow::nameVi).orElse(null);
        return new ProgramDto.Project(r.code(), r.number(), r.nameVi(), r.nameEn(), r.leadUnitCode(), lead, r.partnerUnitCode(), r.runsHere(),
                r.notRunReasonVi(), r.notRunReasonEn(), subs);
    }

    @Transactional
    public ReportingUnitList units() {
        return new ReportingUnitList(program.units().stream().filter(ProgramRepository.UnitRow::active)
                .map(u -> new ReportingUnitDto(u.code(), u.kind(), u.nameVi(), u.nameEn(), u.communeCode(), u.standingOffice())).toList());
    }

    Map<String, ProgramRepository.UnitRow> unitsByCode() {
        return program.units().stream().collect(Collectors.toMap(ProgramRepository.UnitRow::code, Function.identity(), (a, b) -> a,
                java.util.LinkedHashMap::new));
    }

    List<ProgramRepository.IndicatorRow> indicators() {
        return program.indicators();
    }

    List<ProgramRepository.ProjectRow> projects() {
        return program.projects();
    }

    List<ProgramRepository.NamedRow> fundingSources() {
        return program.fundingSources();
    }
}
