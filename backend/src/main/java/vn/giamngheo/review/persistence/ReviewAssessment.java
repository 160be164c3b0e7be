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
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import vn.giamngheo.classification.domain.PovertyStatus;

@Entity
@Table(name = "review_assessment")
public class ReviewAssessment extends PanacheEntityBase {
    @Id
    public UUID id;
    @Column(name = "case_id")
    public UUID caseId;
    @Column(name = "assessed_on")
    public LocalDate assessedOn;
    @Column(name = "assessed_by")
    public String assessedBy;
    @Column(name = "reviewer_name")
    public String reviewerName;
    @Column(name = "screening_passed")
    public Boolean screeningPassed;
    @Column(name = "monthly_income_per_capita_vnd")
    public Long monthlyIncomePerCapitaVnd;
    @Column(name = "income_score")
    public Integer incomeScore;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "income_score_items")
    public List<Map<String, Object>> incomeScoreItems;
    @JdbcTypeCode(SqlTypes.JSON)
    public List<Map<String, Object>> indicators;
    @Column(name = "deprivation_count")
    public int deprivationCount;
    @Column(name = "deprivation_score")
    public Integer deprivationScore;
    @Enumerated(EnumType.STRING)
    public PovertyStatus status;
    @Column(name = "standard_code")
    public String standardCode;
    public String note;
    @Column(name = "created_at")
    public Instant createdAt;
}
