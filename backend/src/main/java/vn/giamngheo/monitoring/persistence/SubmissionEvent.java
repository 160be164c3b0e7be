package vn.giamngheo.monitoring.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import vn.giamngheo.monitoring.domain.SubmissionState;

/** A workflow step (create, submit, return, accept) with its comment; append-only. */
@Entity
@Table(name = "report_submission_event")
public class SubmissionEvent extends PanacheEntityBase {
    @Id
    public UUID id;
    @Column(name = "submission_id")
    public UUID submissionId;
    public String action;
    @Enumerated(EnumType.STRING)
    @Column(name = "from_state")
    public SubmissionState fromState;
    @Enumerated(EnumType.STRING)
    @Column(name = "to_state")
    public SubmissionState toState;
    public String comment;
    @Column(name = "occurred_at")
    public Instant occurredAt;
    public String actor;
}
