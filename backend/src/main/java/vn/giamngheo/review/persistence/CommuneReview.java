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
import vn.giamngheo.review.domain.CommuneStage;

@Entity
@Table(name = "commune_review")
public class CommuneReview extends PanacheEntityBase {
    @Id
    public UUID id;
    @Column(name = "cycle_id")
    public UUID cycleId;
    @Column(name = "commune_code")
    public String communeCode;
    @Enumerated(EnumType.STRING)
    public CommuneStage stage;
    @Column(name = "posted_from")
    public LocalDate postedFrom;
    @Column(name = "posted_to")
    public LocalDate postedTo;
    @Column(name = "decision_number")
    public String decisionNumber;
    @Column(name = "decided_on")
    public LocalDate decidedOn;
    @Column(name = "decided_by")
    public String decidedBy;
    @Column(name = "households_at_start")
    public int householdsAtStart;
    @Column(name = "updated_at")
    public Instant updatedAt;
    @Column(name = "updated_by")
    public String updatedBy;
    @Version
    public long version;
}
