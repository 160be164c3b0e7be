package vn.giamngheo.review.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

@Entity
@Table(name = "review_meeting")
public class ReviewMeeting extends PanacheEntityBase {
    @Id
    public UUID id;
    @Column(name = "commune_review_id")
    public UUID communeReviewId;
    @Column(name = "hamlet_code")
    public String hamletCode;
    @Column(name = "held_on")
    public LocalDate heldOn;
    @Column(name = "chair_name")
    public String chairName;
    public int attendees;
    @Column(name = "minutes_note")
    public String minutesNote;
    @Column(name = "recorded_at")
    public Instant recordedAt;
    @Column(name = "recorded_by")
    public String recordedBy;
}
