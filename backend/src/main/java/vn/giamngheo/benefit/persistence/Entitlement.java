package vn.giamngheo.benefit.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import vn.giamngheo.benefit.domain.EntitlementState;
import vn.giamngheo.benefit.domain.RepaymentStatus;

/** What a person or household is entitled to under one rule; never deleted, ended by state. */
@Entity
@Table(name = "entitlement")
public class Entitlement extends PanacheEntityBase {
    @Id
    public UUID id;
    @Column(name = "program_code")
    public String programCode;
    @Column(name = "rule_code")
    public String ruleCode;
    @Column(name = "household_id")
    public UUID householdId;
    @Column(name = "member_id")
    public UUID memberId;
    @Column(name = "person_id")
    public UUID personId;
    @Column(name = "commune_code")
    public String communeCode;
    @Column(name = "status_record_id")
    public UUID statusRecordId;
    @Column(name = "support_rate_percent")
    public BigDecimal supportRatePercent;
    @Column(name = "amount_cap_vnd")
    public Long amountCapVnd;
    @Column(name = "monthly_amount_vnd")
    public Long monthlyAmountVnd;
    @Column(name = "valid_from")
    public LocalDate validFrom;
    @Column(name = "valid_to")
    public LocalDate validTo;
    @Enumerated(EnumType.STRING)
    public EntitlementState state;
    @Column(name = "card_number")
    public String cardNumber;
    @Column(name = "card_valid_from")
    public LocalDate cardValidFrom;
    @Column(name = "card_valid_to")
    public LocalDate cardValidTo;
    @Column(name = "loan_amount_vnd")
    public Long loanAmountVnd;
    @Enumerated(EnumType.STRING)
    @Column(name = "repayment_status")
    public RepaymentStatus repaymentStatus;
    @Column(name = "employed_after")
    public Boolean employedAfter;
    @Column(name = "ended_on")
    public LocalDate endedOn;
    @Column(name = "end_reason")
    public String endReason;
    /** Set by the database on every change (trigger), in commit order: the partners' cursor. */
    @Column(name = "change_seq", insertable = false, updatable = false)
    public Long changeSeq;
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
