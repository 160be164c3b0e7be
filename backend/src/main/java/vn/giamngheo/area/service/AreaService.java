package vn.giamngheo.area.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Optional;
import vn.giamngheo.area.api.AreaDto;
import vn.giamngheo.area.api.AreaPage;
import vn.giamngheo.area.domain.AreaLevel;
import vn.giamngheo.area.mapping.AreaMapper;
import vn.giamngheo.area.persistence.AreaRepository;
import vn.giamngheo.common.error.ProblemException;
import vn.giamngheo.common.paging.PageQuery;

@ApplicationScoped
public class AreaService {
    private final AreaRepository areas;
    private final AreaMapper mapper;

    AreaService(AreaRepository areas, AreaMapper mapper) {
        this.areas = areas;
        this.mapper = mapper;
    }

    @Transactional
    public AreaPage list(AreaLevel level, String parentCode, PageQuery page) {
        var result = areas.search(level, parentCode, page);
        return AreaPage.of(result.items().stream().map(mapper::toDto).toList(), page, result.total());
    }

    @Transactional
    public AreaDto get(String code) {
        return find(code).orElseThrow(() -> ProblemException.notFound("AREA_NOT_FOUND", "No area with code " + code));
    }

    @Transactional
    public Optional<AreaDto> find(String code) {
        return areas.findByIdOptional(code).map(mapper::toDto);
    }

    /** Every commune-level unit of the district. */
    @Transactional
    public java.util.List<AreaDto> communes() {
        return areas.search(AreaLevel.COMMUNE, null, new PageQuery(0, 100)).items().stream().map(mapper::toDto).toList();
    }

    /** A commune-level unit, if the code names one. */
    @Transactional
    public Optional<AreaDto> findCommune(String code) {
        return find(code).filter(a -> a.level() == AreaLevel.COMMUNE);
    }

    /** A hamlet of the given commune, if the code names one. */
    @Transactional
    public Optional<AreaDto> findHamlet(String code, String communeCode) {
        return find(code).filter(a -> a.level() == AreaLevel.HAMLET && a.parentCode().equals(communeCode));
    }
}
