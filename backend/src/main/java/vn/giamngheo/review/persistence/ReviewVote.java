package vn.giamngheo.review.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.UUID;
import vn.giamngheo.classification.domain.PovertyStatus;

@Entity
@Table(name = "review_vote")
public class ReviewVote extends PanacheEntityBase {
    @EmbeddedId
    public Key key;
    public int agree;
    @Enumerated(EnumType.STRING)
    @Column(name = "proposed_status")
    public PovertyStatus proposedStatus;
    public boolean agreed;

    @Embeddable
    public record Key(@Column(name = "meeting_id") UUID meetingId, @Column(name = "case_id") UUID caseId) implements Serializable {
    }
}
