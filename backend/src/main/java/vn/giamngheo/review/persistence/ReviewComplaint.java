package vn.giamngheo.review.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import vn.giamngheo.classification.domain.PovertyStatus;
import vn.giamngheo.review.domain.ComplaintOutcome;

@Entity
@Table(name = "review_complaint")
public class ReviewComplaint extends PanacheEntityBase {
    @Id
    public UUID id;
    @Column(name = "case_id")
    public UUID caseId;
    @Column(name = "received_on")
    public LocalDate receivedOn;
    public String complainant;
    public String content;
    /** OPEN or RESOLVED */
    public String state;
    @Enumerated(EnumType.STRING)
    public ComplaintOutcome outcome;
    @Enumerated(EnumType.STRING)
    @Column(name = "rechecked_status")
    public PovertyStatus recheckedStatus;
    @Column(name = "resolution_note")
    public String resolutionNote;
    @Column(name = "resolved_on")
    public LocalDate resolvedOn;
    @Column(name = "resolved_by")
    public String resolvedBy;
    @Column(name = "recorded_at")
    public Instant recordedAt;
    @Column(name = "recorded_by")
    public String recordedBy;

    public boolean open() {
        return "OPEN".equals(state);
    }
}
