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
import vn.giamngheo.review.domain.Transition;

/** Written once at consolidation; the table refuses updates. */
@Entity
@Table(name = "household_status_record")
public class HouseholdStatusRecord extends PanacheEntityBase {
    @Id
    public UUID id;
    @Column(name = "household_id")
    public UUID householdId;
    @Column(name = "cycle_id")
    public UUID cycleId;
    public int year;
    @Column(name = "commune_code")
    public String communeCode;
    @Enumerated(EnumType.STRING)
    @Column(name = "status_start")
    public PovertyStatus statusStart;
    @Enumerated(EnumType.STRING)
    @Column(name = "status_end")
    public PovertyStatus statusEnd;
    @Enumerated(EnumType.STRING)
    public Transition transition;
    @Column(name = "standard_code")
    public String standardCode;
    @Column(name = "decided_on")
    public LocalDate decidedOn;
    @Column(name = "escaped_on")
    public LocalDate escapedOn;
    @Column(name = "frozen_at")
    public Instant frozenAt;
}
