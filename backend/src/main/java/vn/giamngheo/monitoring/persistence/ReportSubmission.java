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
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import vn.giamngheo.monitoring.domain.SubmissionState;

/** One unit's report for one period; content and registry are JSON written by the service (MonitoringJson). */
@Entity
@Table(name = "report_submission")
public class ReportSubmission extends PanacheEntityBase {
    @Id
    public UUID id;
    @Column(name = "period_id")
    public UUID periodId;
    @Column(name = "unit_code")
    public String unitCode;
    @Enumerated(EnumType.STRING)
    public SubmissionState state;
    @JdbcTypeCode(SqlTypes.JSON)
    public String content;
    @JdbcTypeCode(SqlTypes.JSON)
    public String registry;
    @Column(name = "registry_basis")
    public String registryBasis;
    @Column(name = "first_submitted_at")
    public Instant firstSubmittedAt;
    @Column(name = "last_submitted_at")
    public Instant lastSubmittedAt;
    @Column(name = "return_comment")
    public String returnComment;
    @Column(name = "returned_at")
    public Instant returnedAt;
    @Column(name = "returned_by")
    public String returnedBy;
    @Column(name = "accepted_at")
    public Instant acceptedAt;
    @Column(name = "accepted_by")
    public String acceptedBy;
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
