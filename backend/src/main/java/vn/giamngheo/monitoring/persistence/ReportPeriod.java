package vn.giamngheo.monitoring.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import vn.giamngheo.monitoring.domain.PeriodKind;

@Entity
@Table(name = "report_period")
public class ReportPeriod extends PanacheEntityBase {
    @Id
    public UUID id;
    @Enumerated(EnumType.STRING)
    public PeriodKind kind;
    public int year;
    public String title;
    @Column(name = "covers_from")
    public LocalDate coversFrom;
    @Column(name = "covers_to")
    public LocalDate coversTo;
    @Column(name = "due_on")
    public LocalDate dueOn;
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "unit_codes")
    public String[] unitCodes;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "created_by")
    public String createdBy;
    @Version
    public long version;
}
