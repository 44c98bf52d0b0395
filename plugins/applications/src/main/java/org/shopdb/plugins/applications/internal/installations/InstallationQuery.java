package org.shopdb.plugins.applications.internal.installations;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.shopdb.api.error.FieldError;
import org.shopdb.api.error.InvalidRequestException;
import org.shopdb.api.paging.PageRequest;
import org.shopdb.plugins.applications.internal.VersionKey;

/**
 * Which installations a list shows; {@code null} means any.
 *
 * @param computerId     installed on this computer (asset id)
 * @param applicationId  of this catalog entry
 * @param version        exactly this version, as reported
 * @param versionBelow   below this version, compared as versions ({@code 1.9} &lt; {@code 1.10}): "which PCs run X below Y"
 * @param versionAtLeast this version or a later one
 */
public record InstallationQuery(Long computerId, Long applicationId, String version, String versionBelow, String versionAtLeast,
        PageRequest page) {

    /** Sort fields and the column each orders by; {@code version} orders as versions. */
    static final Map<String, String> SORTABLE = Map.of("assetnumber", "c.assetnumber", "computername", "c.name", "application", "a.name",
            "version", "i.versionkey", "installdate", "i.installdate");

    private static final String SELECT = "select i.installationid, i.assetid, c.assetnumber, c.name, i.applicationid, a.name, p.vendor,"
            + " i.version, i.installdate";
    private static final String FROM = " from installations i join assets c on c.assetid = i.assetid join assets a on a.assetid = i.applicationid"
            + " join applications p on p.assetid = i.applicationid";

    /** The SQL of one page and of its total: installations with their computer's and application's assets. */
    SqlQuery sql() {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        List<Object> parameters = new ArrayList<>();
        condition(where, parameters, "i.assetid = ?", computerId);
        condition(where, parameters, "i.applicationid = ?", applicationId);
        condition(where, parameters, "i.version = ?", version);
        condition(where, parameters, "i.versionkey < ?", versionBelow == null ? null : VersionKey.of(versionBelow));
        condition(where, parameters, "i.versionkey >= ?", versionAtLeast == null ? null : VersionKey.of(versionAtLeast));
        return new SqlQuery(SELECT + FROM + where + orderBy(), "select count(*)" + FROM + where, parameters);
    }

    /** The SQL of one installation, by its id (the one parameter). */
    static String byId() {
        return SELECT + FROM + " where i.installationid = ?";
    }

    private String orderBy() {
        String field = page.sortField();
        if (field == null) {
            return " order by c.assetnumber, a.name, i.installationid";
        }
        String column = SORTABLE.get(field);
        if (column == null) {
            throw new InvalidRequestException(List.of(new FieldError("sort", "cannot sort by '" + field + "'; sortable: "
                    + SORTABLE.keySet().stream().sorted().toList())));
        }
        return " order by " + column + (page.descending() ? " desc" : " asc") + ", i.installationid";
    }

    private static void condition(StringBuilder where, List<Object> parameters, String clause, Object value) {
        if (value != null) {
            where.append(" and ").append(clause);
            parameters.add(value);
        }
    }

    /** A page's SQL and its total's, with the positional parameters both take. */
    record SqlQuery(String page, String total, List<Object> parameters) {
    }
}
