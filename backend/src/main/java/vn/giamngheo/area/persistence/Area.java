package vn.giamngheo.area.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import vn.giamngheo.area.domain.AreaLevel;
import vn.giamngheo.area.domain.AreaType;
import vn.giamngheo.area.domain.UnitType;

/** Reference data read on every household answer; cached in memory (a reorganisation arrives by migration and restart). */
@Entity
@Cacheable
@Table(name = "area")
public class Area extends PanacheEntityBase {
    @Id
    public String code;
    public String name;
    @Enumerated(EnumType.STRING)
    public AreaLevel level;
    @Enumerated(EnumType.STRING)
    @Column(name = "unit_type")
    public UnitType unitType;
    @Column(name = "parent_code")
    public String parentCode;
    @Enumerated(EnumType.STRING)
    @Column(name = "area_type")
    public AreaType areaType;
    @Column(name = "valid_from")
    public LocalDate validFrom;
    @Column(name = "valid_to")
    public LocalDate validTo;
    @Column(name = "successor_code")
    public String successorCode;
    public boolean demo;
}
