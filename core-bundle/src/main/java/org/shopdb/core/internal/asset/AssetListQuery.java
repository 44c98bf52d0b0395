package org.shopdb.core.internal.asset;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;

import javax.persistence.EntityManager;
import javax.persistence.TypedQuery;

import org.shopdb.api.asset.Asset;
import org.shopdb.api.asset.AssetQuery;
import org.shopdb.api.error.FieldError;
import org.shopdb.api.error.InvalidRequestException;
import org.shopdb.api.paging.Page;
import org.shopdb.api.paging.PageRequest;
import org.shopdb.core.internal.persistence.LikePatterns;

/** One page of the asset list: filters to a JPQL where clause, a count, and the page itself. */
final class AssetListQuery {

    private static final Map<String, String> SORT_ATTRIBUTES = Map.of(
            "assetid", "a.id", "assetnumber", "a.assetNumber", "name", "a.name",
            "createddate", "a.createdDate", "modifieddate", "a.modifiedDate");

    private final EntityManager em;
    private final AssetQuery query;
    private final String locationPath;
    private final StringJoiner where = new StringJoiner(" and ", " where ", "").setEmptyValue("");
    private final Map<String, Object> parameters = new LinkedHashMap<>();

    AssetListQuery(EntityManager em, AssetQuery query, String locationPath) {
        this.em = em;
        this.query = query;
        this.locationPath = locationPath;
    }

    Page<Asset> run() {
        PageRequest page = query.page();
        String order = orderBy(page);
        filter();
        long total = bind(em.createQuery("select count(a) from AssetEntity a" + where, Long.class)).getSingleResult();
        var items = bind(em.createQuery("select a from AssetEntity a" + where + order, AssetEntity.class))
                .setFirstResult(page.offset()).setMaxResults(page.perPage())
                .getResultList().stream().map(AssetEntity::toDto).toList();
        return new Page<>(items, page.page(), page.perPage(), total);
    }

    private void filter() {
        if (query.assetTypeCode() != null) {
            condition("a.type.code = :type", "type", query.assetTypeCode());
        }
        if (query.statusCode() != null) {
            condition("a.status.code = :status", "status", query.statusCode());
        }
        if (query.businessUnitId() != null) {
            condition("a.businessUnitId = :businessUnit", "businessUnit", query.businessUnitId());
        }
        if (query.active() != null) {
            condition("a.active = :active", "active", query.active());
        }
        if (locationPath != null) {
            condition("a.locationId in (select l.id from LocationEntity l where l.path like :locationPath)",
                    "locationPath", locationPath + "%");
        }
        if (query.text() != null && !query.text().isBlank()) {
            condition("(lower(a.assetNumber) like :text escape '!' or lower(a.name) like :text escape '!'"
                    + " or lower(a.serialNumber) like :text escape '!')",
                    "text", "%" + LikePatterns.literal(query.text().trim().toLowerCase(Locale.ROOT)) + "%");
        }
    }

    private void condition(String clause, String parameter, Object value) {
        where.add(clause);
        parameters.put(parameter, value);
    }

    private static String orderBy(PageRequest page) {
        String field = page.sortField();
        if (field == null) {
            return " order by a.assetNumber";
        }
        String attribute = SORT_ATTRIBUTES.get(field);
        if (attribute == null) {
            throw new InvalidRequestException(List.of(new FieldError("sort", "cannot sort by '" + field + "'; sortable: " + AssetQuery.SORTABLE)));
        }
        return " order by " + attribute + (page.descending() ? " desc" : " asc") + ", a.id";
    }

    private <T> TypedQuery<T> bind(TypedQuery<T> typed) {
        parameters.forEach(typed::setParameter);
        return typed;
    }
}
