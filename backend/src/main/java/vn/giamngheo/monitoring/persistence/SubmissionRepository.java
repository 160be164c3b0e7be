package vn.giamngheo.monitoring.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Periods, submissions, their versions, workflow events and attachments. */
@ApplicationScoped
public class SubmissionRepository {
    private final EntityManager em;

    SubmissionRepository(EntityManager em) {
        this.em = em;
    }

    public record AttachmentInfo(UUID id, String fileName, String contentType, int sizeBytes, String sha256, java.time.Instant uploadedAt,
                                 String uploadedBy) {
    }

    public void persist(Object entity) {
        em.persist(entity);
    }

    public void flush() {
        em.flush();
    }

    public List<ReportPeriod> periods() {
        return em.createQuery("from ReportPeriod order by year desc, dueOn desc, id", ReportPeriod.class).getResultList();
    }

    public Optional<ReportPeriod> period(UUID id) {
        return Optional.ofNullable(em.find(ReportPeriod.class, id));
    }

    public boolean regularPeriodExists(String kind, int year) {
        return !em.createNativeQuery("select 1 from report_period where kind = :kind and year = :year")
                .setParameter("kind", kind).setParameter("year", year).getResultList().isEmpty();
    }

    public Optional<ReportSubmission> submission(UUID id) {
        return Optional.ofNullable(em.find(ReportSubmission.class, id));
    }

    public Optional<ReportSubmission> submission(UUID periodId, String unitCode) {
        return em.createQuery("from ReportSubmission where periodId = :p and unitCode = :u", ReportSubmission.class)
                .setParameter("p", periodId).setParameter("u", unitCode).getResultStream().findFirst();
    }

    public List<ReportSubmission> submissions(UUID periodId) {
        return em.createQuery("from ReportSubmission where periodId = :p order by unitCode", ReportSubmission.class)
                .setParameter("p", periodId).getResultList();
    }

    public List<SubmissionVersion> versions(UUID submissionId) {
        return em.createQuery("from SubmissionVersion where submissionId = :s order by number", SubmissionVersion.class)
                .setParameter("s", submissionId).getResultList();
    }

    public List<SubmissionEvent> events(UUID submissionId) {
        return em.createQuery("from SubmissionEvent where submissionId = :s order by occurredAt, id", SubmissionEvent.class)
                .setParameter("s", submissionId).getResultList();
    }

    public List<AttachmentInfo> attachments(UUID submissionId) {
        return em.createQuery("""
                select new vn.giamngheo.monitoring.persistence.SubmissionRepository$AttachmentInfo(a.id, a.fileName, a.contentType,
                       a.sizeBytes, a.sha256, a.uploadedAt, a.uploadedBy)
                from ReportAttachment a where a.submissionId = :s order by a.uploadedAt, a.id""", AttachmentInfo.class)
                .setParameter("s", submissionId).getResultList();
    }

    public Optional<ReportAttachment> attachment(UUID submissionId, UUID attachmentId) {
        return em.createQuery("from ReportAttachment where submissionId = :s and id = :a", ReportAttachment.class)
                .setParameter("s", submissionId).setParameter("a", attachmentId).getResultStream().findFirst();
    }

    public void delete(ReportAttachment a) {
        em.remove(a);
    }
}
