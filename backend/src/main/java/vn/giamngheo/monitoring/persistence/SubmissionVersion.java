package vn.giamngheo.monitoring.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** What a unit handed in, each time; append-only. */
@Entity
@Table(name = "report_submission_version")
public class SubmissionVersion extends PanacheEntityBase {
    @Id
    public UUID id;
    @Column(name = "submission_id")
    public UUID submissionId;
    public int number;
    @JdbcTypeCode(SqlTypes.JSON)
    public String content;
    @JdbcTypeCode(SqlTypes.JSON)
    public String registry;
    @Column(name = "submitted_at")
    public Instant submittedAt;
    @Column(name = "submitted_by")
    public String submittedBy;
}
