package org.shopdb.core.internal.search;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.persistence.EntityManager;
import javax.persistence.EntityManagerFactory;
import javax.sql.DataSource;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.shopdb.api.error.FieldError;
import org.shopdb.api.error.InvalidRequestException;
import org.shopdb.api.paging.Page;
import org.shopdb.api.paging.PageRequest;
import org.shopdb.api.plugin.SearchField;
import org.shopdb.api.schema.SchemaReady;
import org.shopdb.api.search.SearchHit;
import org.shopdb.api.search.SearchService;
import org.shopdb.api.tx.UnitOfWork;
import org.shopdb.api.asset.NetworkIdentifiers;
import org.shopdb.core.internal.persistence.CorePersistence;
import org.shopdb.core.internal.persistence.LikePatterns;
import org.shopdb.core.internal.search.LiveSearchFields.LiveField;

/**
 * Ranked search in three tiers, each answered from an index: 1 exact (asset number, IP, MAC,
 * hostname), 2 prefix (asset number, hostname, name, serial), 3 contains (any of those, from
 * the suffix index: {@link ContainsRank}). An asset appears once, at its best rank; at most
 * {@link #MAX_CANDIDATES} are considered. Within each tier the active plugins' search fields
 * follow the core's, heaviest first ({@link PluginFieldSearch}, {@link ContainsRank}).
 *
 * <p>Shaped by the plans measured at 1M assets (benchmarks/search-plans.sh): the asset
 * type is outer-joined, because with an inner join H2 starts from the few asset types and
 * walks every asset of a type; and each prefix pattern is its own query, because H2 answers
 * {@code like 'x%' or like 'X%'} with a full index scan.
 */
@Component(service = SearchService.class)
public class JpaSearchService implements SearchService {

    static final int MAX_QUERY_LENGTH = 100;

    private static final String HIT = "select a.id, a.assetNumber, a.name, t.code, ";
    private static final String FROM_ASSET_WHERE = " from AssetEntity a left join a.type t where ";

    private final EntityManagerFactory entityManagers;
    private final UnitOfWork unitOfWork;
    private final LiveSearchFields liveFields;
    private final PluginFieldSearch pluginFields;
    private final ContainsRank contains;

    @Activate
    public JpaSearchService(@Reference(target = CorePersistence.UNIT) EntityManagerFactory entityManagers,
            @Reference UnitOfWork unitOfWork, @Reference(target = CorePersistence.SCHEMA_READY) SchemaReady schema,
            @Reference LiveSearchFields liveFields,
            @Reference(target = "(osgi.jndi.service.name=" + UnitOfWork.DATA_SOURCE_NAME + ")") DataSource dataSource,
            @Reference SuffixIndexStructure suffixIndex) {
        this.entityManagers = entityManagers;
        this.unitOfWork = unitOfWork;
        this.liveFields = liveFields;
        this.pluginFields = new PluginFieldSearch(dataSource);
        this.contains = new ContainsRank(dataSource, suffixIndex::present);
    }

    @Override
    public Page<SearchHit> search(String text, PageRequest page) {
        String query = requireQuery(text);
        List<LiveField> live = liveFields.fields();
        List<SearchHit> ranked = unitOfWork.withEntityManager(entityManagers, em -> ranked(em, query, live));
        int from = Math.min(page.offset(), ranked.size());
        int to = Math.min(from + page.perPage(), ranked.size());
        return new Page<>(ranked.subList(from, to), page.page(), page.perPage(), ranked.size());
    }

    private List<SearchHit> ranked(EntityManager em, String query, List<LiveField> live) {
        List<SearchField> fields = live.stream().map(LiveField::field).toList();
        Map<Long, SearchHit> best = new LinkedHashMap<>();
        String upper = query.toUpperCase(Locale.ROOT);
        String lower = query.toLowerCase(Locale.ROOT);
        add(best, em, HIT + "'assetnumber', a.assetNumber" + FROM_ASSET_WHERE + "a.assetNumber in (:q, :upper)", 1, Map.of("q", query, "upper", upper));
        String ip = NetworkIdentifiers.ip(query);
        if (ip != null) {
            add(best, em, addressHit("ipaddress", "n.ipAddress = :v"), 1, Map.of("v", ip));
        }
        String mac = NetworkIdentifiers.mac(query);
        if (mac != null) {
            add(best, em, addressHit("macaddress", "n.macAddress = :v"), 1, Map.of("v", mac));
        }
        add(best, em, addressHit("hostname", "n.hostname = :v"), 1, Map.of("v", lower));
        addPluginHits(best, PluginFieldSearch.EXACT, query, fields);

        String prefix = LikePatterns.literal(query) + "%";
        for (String numberPrefix : new LinkedHashSet<>(List.of(prefix, LikePatterns.literal(upper) + "%"))) {
            add(best, em, HIT + "'assetnumber', a.assetNumber" + FROM_ASSET_WHERE + "a.assetNumber like :p escape '!'", 2, Map.of("p", numberPrefix));
        }
        add(best, em, addressHit("hostname", "n.hostname like :p escape '!'"), 2, Map.of("p", LikePatterns.literal(lower) + "%"));
        add(best, em, HIT + "'name', a.name" + FROM_ASSET_WHERE + "a.name like :p escape '!'", 2, Map.of("p", prefix));
        add(best, em, HIT + "'serialnumber', a.serialNumber" + FROM_ASSET_WHERE + "a.serialNumber like :p escape '!'", 2, Map.of("p", prefix));
        addPluginHits(best, PluginFieldSearch.PREFIX, query, fields);

        contains.hits(query, live, best.keySet(), MAX_CANDIDATES - best.size()).forEach(hit -> best.putIfAbsent(hit.assetId(), hit));
        return new ArrayList<>(best.values());
    }

    private void addPluginHits(Map<Long, SearchHit> best, int rank, String query, List<SearchField> fields) {
        int room = MAX_CANDIDATES - best.size();
        if (room > 0 && !fields.isEmpty()) {
            pluginFields.rank(rank, query, fields, room).forEach(hit -> best.putIfAbsent(hit.assetId(), hit));
        }
    }

    private static String addressHit(String field, String condition) {
        return "select a.id, a.assetNumber, a.name, t.code, '" + field + "', n." + property(field)
                + " from NetworkAddressEntity n, AssetEntity a left join a.type t where a.id = n.assetId and " + condition;
    }

    private static String property(String field) {
        return switch (field) {
            case "ipaddress" -> "ipAddress";
            case "macaddress" -> "macAddress";
            default -> "hostname";
        };
    }

    private static void add(Map<Long, SearchHit> best, EntityManager em, String jpql, int rank, Map<String, Object> parameters) {
        int room = MAX_CANDIDATES - best.size();
        if (room <= 0) {
            return;
        }
        var query = em.createQuery(jpql + " order by a.assetNumber", Object[].class).setMaxResults(room);
        parameters.forEach(query::setParameter);
        for (Object[] row : query.getResultList()) {
            long assetId = ((Number) row[0]).longValue();
            best.putIfAbsent(assetId, new SearchHit(assetId, (String) row[1], (String) row[2], (String) row[3],
                    (String) row[4], (String) row[5], rank));
        }
    }

    private static String requireQuery(String text) {
        String query = text == null ? "" : text.trim();
        if (query.isEmpty() || query.length() > MAX_QUERY_LENGTH) {
            throw new InvalidRequestException(List.of(new FieldError("q", "must be 1 to " + MAX_QUERY_LENGTH + " characters")));
        }
        return query;
    }
}
