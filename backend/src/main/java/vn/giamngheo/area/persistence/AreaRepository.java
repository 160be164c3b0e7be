package vn.giamngheo.area.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import vn.giamngheo.area.domain.AreaLevel;
import vn.giamngheo.common.paging.PageQuery;

@ApplicationScoped
public class AreaRepository implements PanacheRepositoryBase<Area, String> {

    public record Result(List<Area> items, long total) {
    }

    public Result search(AreaLevel level, String parentCode, PageQuery page) {
        List<String> where = new ArrayList<>();
        Parameters params = new Parameters();
        if (level != null) {
            where.add("level = :level");
            params.and("level", level);
        }
        if (parentCode != null) {
            where.add("parentCode = :parent");
            params.and("parent", parentCode);
        }
        var q = find(where.isEmpty() ? "1 = 1" : String.join(" and ", where), Sort.by("code"), params);
        return new Result(q.page(page.page, page.size).list(), q.count());
    }
}
