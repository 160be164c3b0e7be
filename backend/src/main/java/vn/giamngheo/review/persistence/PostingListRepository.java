package vn.giamngheo.review.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import vn.giamngheo.classification.domain.PovertyStatus;
import vn.giamngheo.review.domain.CaseState;
import vn.giamngheo.review.domain.PostingList;

/** The rows of a commune's public posting list, with hamlet names and heads' names read in the same statement. */
@ApplicationScoped
public class PostingListRepository {
    private final EntityManager em;

    PostingListRepository(EntityManager em) {
        this.em = em;
    }

    public Optional<CommuneReview> communeReview(UUID id) {
        return Optional.ofNullable(em.find(CommuneReview.class, id));
    }

    /**
     * Cases in the given states, by hamlet and head's name. The status shown is the final one once decided; while a
     * complaint is open it is the one the last agreeing meeting voted on, since a re-check stays a proposal until the
     * complaint is resolved.
     */
    @SuppressWarnings("unchecked")
    public List<PostingList.Row> rows(UUID communeReviewId, String hamletCode, List<CaseState> states) {
        var q = em.createNativeQuery("""
                select a.name, h.code, h.head_name, c.status_start,
                       case when c.state = 'DISPUTED' then coalesce(
                                (select v.proposed_status from review_vote v join review_meeting m on m.id = v.meeting_id
                                 where v.case_id = c.id and v.agreed order by m.held_on desc, m.recorded_at desc limit 1),
                                c.proposed_status)
                            else coalesce(c.final_status, c.proposed_status) end
                from review_case c join household h on h.id = c.household_id join area a on a.code = c.hamlet_code
                where c.commune_review_id = :review and c.state = any(:states)""" + (hamletCode == null ? "" : " and c.hamlet_code = :hamlet")
                + " order by a.name, c.hamlet_code, h.head_name, h.code");
        q.setParameter("review", communeReviewId).setParameter("states", states.stream().map(Enum::name).toArray(String[]::new));
        if (hamletCode != null) {
            q.setParameter("hamlet", hamletCode);
        }
        return ((List<Object[]>) q.getResultList()).stream().map(r -> new PostingList.Row((String) r[0], (String) r[1], (String) r[2],
                PovertyStatus.valueOf((String) r[3]), PovertyStatus.valueOf((String) r[4]))).toList();
    }
}
