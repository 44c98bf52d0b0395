package org.shopdb.plugins.cameras.internal;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;

import javax.persistence.EntityManager;
import javax.persistence.TypedQuery;

import org.shopdb.api.error.FieldError;
import org.shopdb.api.error.InvalidRequestException;
import org.shopdb.api.paging.Page;
import org.shopdb.api.paging.PageRequest;

/** One page of the camera list: filters to a JPQL where clause over cameras and their assets, a count, the page. */
final class CameraListQuery {

    private static final Map<String, String> SORT_ATTRIBUTES = Map.of(
            "assetid", "c.assetId", "assetnumber", "a.assetNumber", "name", "a.name",
            "vendor", "c.vendor", "model", "c.model", "lastseen", "c.lastSeen");

    private final EntityManager em;
    private final CameraQuery query;
    private final Long statusId;
    private final Collection<Long> locationIds;
    private final StringJoiner where = new StringJoiner(" and ", " where ", "");
    private final Map<String, Object> parameters = new LinkedHashMap<>();

    CameraListQuery(EntityManager em, CameraQuery query, Long statusId, Collection<Long> locationIds) {
        this.em = em;
        this.query = query;
        this.statusId = statusId;
        this.locationIds = locationIds;
    }

    Page<ListedCamera> run() {
        PageRequest page = query.page();
        String order = orderBy(page);
        filter();
        long total = bind(em.createQuery("select count(c) from CameraEntity c, AssetView a" + where, Long.class)).getSingleResult();
        List<ListedCamera> items = bind(em.createQuery("select c, a from CameraEntity c, AssetView a" + where + order, Object[].class))
                .setFirstResult(page.offset()).setMaxResults(page.perPage())
                .getResultList().stream().map(row -> new ListedCamera(((CameraEntity) row[0]).toStored(), (AssetView) row[1])).toList();
        return new Page<>(items, page.page(), page.perPage(), total);
    }

    private void filter() {
        where.add("a.assetId = c.assetId");
        if (statusId != null) {
            condition("a.statusId = :status", "status", statusId);
        }
        if (locationIds != null) {
            condition("a.locationId in :locations", "locations", List.copyOf(locationIds));
        }
        ignoringCase("c.vendor", "vendor", query.vendor());
        ignoringCase("c.model", "model", query.model());
        ignoringCase("c.recordingServer", "recordingServer", query.recordingServer());
        if (query.notSeenSince() != null) {
            condition("(c.lastSeen is null or c.lastSeen < :since)", "since", Times.toColumn(query.notSeenSince()));
        }
    }

    private void ignoringCase(String attribute, String parameter, String value) {
        if (value != null) {
            condition("lower(" + attribute + ") = :" + parameter, parameter, value.toLowerCase(Locale.ROOT));
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
            throw new InvalidRequestException(List.of(new FieldError("sort", "cannot sort by '" + field + "'; sortable: " + CameraQuery.SORTABLE)));
        }
        return " order by " + attribute + (page.descending() ? " desc" : " asc") + ", c.assetId";
    }

    private <T> TypedQuery<T> bind(TypedQuery<T> typed) {
        parameters.forEach(typed::setParameter);
        return typed;
    }
}
