package vn.giamngheo.benefit.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import vn.giamngheo.benefit.domain.EntitlementEventKind;
import vn.giamngheo.benefit.domain.EntitlementState;

/** One step in an entitlement's history; the table is append-only. */
@Entity
@Immutable
@Table(name = "entitlement_event")
public class EntitlementEvent extends PanacheEntityBase {
    @Id
    public UUID id;
    @Column(name = "entitlement_id")
    public UUID entitlementId;
    @Enumerated(EnumType.STRING)
    public EntitlementEventKind kind;
    @Enumerated(EnumType.STRING)
    @Column(name = "from_state")
    public EntitlementState fromState;
    @Enumerated(EnumType.STRING)
    @Column(name = "to_state")
    public EntitlementState toState;
    @Column(name = "occurred_on")
    public LocalDate occurredOn;
    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, Object> detail;
    @Column(name = "recorded_at")
    public Instant recordedAt;
    @Column(name = "recorded_by")
    public String recordedBy;
}
