package vn.giamngheo.review.persistence;

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
import vn.giamngheo.review.domain.CycleState;
import vn.giamngheo.review.domain.ReviewKind;

@Entity
@Table(name = "review_cycle")
public class ReviewCycle extends PanacheEntityBase {
    @Id
    public UUID id;
    @Enumerated(EnumType.STRING)
    public ReviewKind kind;
    public int year;
    public Integer month;
    @Column(name = "standard_code")
    public String standardCode;
    @Column(name = "reference_date")
    public LocalDate referenceDate;
    @Column(name = "opens_on")
    public LocalDate opensOn;
    @Column(name = "closes_on")
    public LocalDate closesOn;
    @Enumerated(EnumType.STRING)
    public CycleState state;
    @Column(name = "consolidated_at")
    public Instant consolidatedAt;
    @Column(name = "consolidated_by")
    public String consolidatedBy;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "created_by")
    public String createdBy;
    @Column(name = "updated_at")
    public Instant updatedAt;
    @Column(name = "updated_by")
    public String updatedBy;
    @Version
    public long version;
}
