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
import vn.giamngheo.classification.domain.PovertyStatus;
import vn.giamngheo.review.domain.CaseOrigin;
import vn.giamngheo.review.domain.CaseState;

@Entity
@Table(name = "review_case")
public class ReviewCase extends PanacheEntityBase {
    @Id
    public UUID id;
    @Column(name = "commune_review_id")
    public UUID communeReviewId;
    @Column(name = "cycle_id")
    public UUID cycleId;
    @Column(name = "household_id")
    public UUID householdId;
    @Column(name = "hamlet_code")
    public String hamletCode;
    @Enumerated(EnumType.STRING)
    public CaseOrigin origin;
    @Column(name = "applied_on")
    public LocalDate appliedOn;
    @Enumerated(EnumType.STRING)
    @Column(name = "status_start")
    public PovertyStatus statusStart;
    @Enumerated(EnumType.STRING)
    public CaseState state;
    @Enumerated(EnumType.STRING)
    @Column(name = "proposed_status")
    public PovertyStatus proposedStatus;
    @Enumerated(EnumType.STRING)
    @Column(name = "final_status")
    public PovertyStatus finalStatus;
    @Column(name = "updated_at")
    public Instant updatedAt;
    @Column(name = "updated_by")
    public String updatedBy;
    @Version
    public long version;
}
