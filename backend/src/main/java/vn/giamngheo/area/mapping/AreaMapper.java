package vn.giamngheo.area.mapping;

import org.mapstruct.Mapper;
import vn.giamngheo.area.api.AreaDto;
import vn.giamngheo.area.persistence.Area;

@Mapper
public interface AreaMapper {
    AreaDto toDto(Area area);
}
