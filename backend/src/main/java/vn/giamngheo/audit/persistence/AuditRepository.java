package vn.giamngheo.audit.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import vn.giamngheo.audit.domain.AuditKind;
import vn.giamngheo.common.paging.BoundedTotal;
import vn.giamngheo.common.paging.PageQuery;
import vn.giamngheo.common.security.AreaFilter;

@ApplicationScoped
public class AuditRepository implements PanacheRepository<AuditEvent> {

    public record Criteria(String actor, String action, AuditKind kind, String entityType, String entityId,
                           UUID householdId, Instant from, Instant to, AreaFilter area) {
    }

    public record Result(List<AuditEvent> items, BoundedTotal total) {
    }

    public Result search(Criteria c, PageQuery page) {
        List<String> where = new ArrayList<>();
        Parameters params = new Parameters();
        if (c.actor() != null) {
            where.add("actor = :actor");
            params.and("actor", c.actor());
        }
        if (c.action() != null) {
            where.add("action = :action");
            params.and("action", c.action());
        }
        if (c.kind() != null) {
            where.add("kind = :kind");
            params.and("kind", c.kind());
        }
        if (c.entityType() != null) {
            where.add("entityType = :entityType");
            params.and("entityType", c.entityType());
        }
        if (c.entityId() != null) {
            where.add("entityId = :entityId");
            params.and("entityId", c.entityId());
        }
        if (c.householdId() != null) {
            where.add("householdId = :householdId");
            params.and("householdId", c.householdId());
        }
        if (c.from() != null) {
            where.add("occurredAt >= :from");
            params.and("from", c.from());
        }
        if (c.to() != null) {
            where.add("occurredAt < :to");
            params.and("to", c.to());
        }
        if (!c.area().all()) {
            where.add("communeCode = :commune");
            params.and("commune", c.area().communeCode());
        }
        String query = where.isEmpty() ? "1 = 1" : String.join(" and ", where);
        List<AuditEvent> items = find(query, Sort.descending("id"), params).page(page.page, page.size).list();
        // the log grows with every read, so the count stops past the limit, as the household search does
        // (HQL wants an order for a limited subquery: the page's own, which its indexes deliver)
        var count = getEntityManager().createQuery("select count(*) from (select id as id from AuditEvent where " + query
                + " order by id desc limit " + (BoundedTotal.LIMIT + 1) + ") matches", Long.class);
        params.map().forEach(count::setParameter);
        return new Result(items, BoundedTotal.of(count.getSingleResult(), page, items.size()));
    }
}
