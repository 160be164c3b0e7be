package vn.giamngheo.review.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.giamngheo.area.api.AreaDto;
import vn.giamngheo.area.service.AreaService;
import vn.giamngheo.audit.domain.AuditEntry;
import vn.giamngheo.audit.domain.AuditKind;
import vn.giamngheo.audit.service.AuditService;
import vn.giamngheo.common.document.DocumentFormat;
import vn.giamngheo.common.error.FieldError;
import vn.giamngheo.common.error.ProblemException;
import vn.giamngheo.common.security.CallerScope;
import vn.giamngheo.review.domain.PostingList;
import vn.giamngheo.review.persistence.CommuneReview;
import vn.giamngheo.review.persistence.PostingListRepository;
import vn.giamngheo.review.persistence.ReviewCycle;
import vn.giamngheo.review.persistence.ReviewRepository;

/** The public posting list of a commune's review, read once in scope and audited as an export. */
@ApplicationScoped
public class PostingListService {
    private final PostingListRepository postings;
    private final ReviewRepository reviews;
    private final AreaService areas;
    private final AuditService audit;
    private final CallerScope caller;

    PostingListService(PostingListRepository postings, ReviewRepository reviews, AreaService areas, AuditService audit, CallerScope caller) {
        this.postings = postings;
        this.reviews = reviews;
        this.areas = areas;
        this.audit = audit;
        this.caller = caller;
    }

    /** Another commune's review answers 404 like an unknown one; a hamlet that is not the commune's answers 400. */
    @Transactional
    public PostingList postingList(UUID communeReviewId, String hamletCode, DocumentFormat format) {
        CommuneReview r = postings.communeReview(communeReviewId).filter(x -> caller.covers(x.communeCode))
                .orElseThrow(() -> ProblemException.notFound("NOT_FOUND", "No commune review " + communeReviewId));
        String hamletName = null;
        if (hamletCode != null) {
            hamletName = areas.findHamlet(hamletCode, r.communeCode).map(AreaDto::name)
                    .orElseThrow(() -> ProblemException.invalid(List.of(FieldError.param("hamletCode", "UNKNOWN_HAMLET",
                            "is not a hamlet of commune " + r.communeCode))));
        }
        ReviewCycle cycle = reviews.findCycle(r.cycleId).orElseThrow();
        List<PostingList.Row> rows = postings.rows(r.id, hamletCode, List.copyOf(PostingList.POSTED_STATES)).stream()
                .filter(row -> PostingList.posts(row.start(), row.proposed())).toList();
        String communeName = areas.find(r.communeCode).map(AreaDto::name).orElse(r.communeCode);

        Map<String, Object> context = new LinkedHashMap<>();
        context.put("format", format.name());
        context.put("rows", rows.size());
        if (hamletCode != null) {
            context.put("hamletCode", hamletCode);
        }
        audit.record(new AuditEntry(AuditKind.EXPORT, "POSTING_LIST_EXPORTED", "COMMUNE_REVIEW", r.id.toString(), null, r.communeCode,
                "public posting of review results", List.of(), context));
        return new PostingList(r.communeCode, communeName, cycle.kind, cycle.year, cycle.month, hamletCode, hamletName, r.postedFrom,
                r.postedTo, rows);
    }
}
