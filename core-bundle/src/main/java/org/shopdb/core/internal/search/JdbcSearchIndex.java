package org.shopdb.core.internal.search;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import javax.sql.DataSource;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.shopdb.api.schema.SchemaReady;
import org.shopdb.api.search.SearchIndex;
import org.shopdb.api.tx.UnitOfWork;
import org.shopdb.core.internal.persistence.CorePersistence;
import org.shopdb.core.internal.search.LiveSearchFields.LiveField;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link SearchIndex} for plugins (and the core's asset family store): re-reads an asset's core
 * values and the values of every live plugin search field, with locking reads, and replaces its
 * rows in the index, in the caller's transaction. A plugin field seen for the first time gets
 * its source on the spot ({@link SearchSources#register}); the backfill fills its older rows.
 */
@Component(service = SearchIndex.class)
public class JdbcSearchIndex implements SearchIndex {

    private static final Logger LOG = LoggerFactory.getLogger(JdbcSearchIndex.class);

    private final DataSource dataSource;
    private final UnitOfWork unitOfWork;
    private final SearchSources sources;
    private final LiveSearchFields liveFields;
    /** Plugin tables already reported as unreadable, so a broken plugin does not flood the log. */
    private final Set<String> reported = ConcurrentHashMap.newKeySet();

    @Activate
    public JdbcSearchIndex(@Reference(target = "(osgi.jndi.service.name=" + UnitOfWork.DATA_SOURCE_NAME + ")") DataSource dataSource,
            @Reference UnitOfWork unitOfWork, @Reference SearchSources sources, @Reference LiveSearchFields liveFields,
            @Reference(target = CorePersistence.SCHEMA_READY) SchemaReady schema) {
        this.dataSource = dataSource;
        this.unitOfWork = unitOfWork;
        this.sources = sources;
        this.liveFields = liveFields;
    }

    @Override
    public void reindex(long assetId) {
        List<LiveField> live = liveFields.fields();
        Map<String, SearchSource> byName = new HashMap<>();
        sources.all().forEach(source -> byName.put(source.name(), source));
        Map<LiveField, SearchSource> pluginSources = new LinkedHashMap<>();
        for (LiveField field : live) {
            SearchSource source = byName.get(field.sourceName());
            pluginSources.put(field, source != null ? source : sources.register(field.sourceName(), field.plugin(), field.pluginVersion()));
        }
        Sql.required(unitOfWork, dataSource, "index asset " + assetId, connection -> {
            if (CoreFieldIndex.reindex(connection, assetId)) {
                reindexPluginFields(connection, assetId, pluginSources);
            }
            return null;
        });
    }

    private void reindexPluginFields(Connection connection, long assetId, Map<LiveField, SearchSource> pluginSources) throws SQLException {
        Map<String, List<LiveField>> byTable = new LinkedHashMap<>();
        pluginSources.keySet().forEach(field -> byTable.computeIfAbsent(field.field().table(), table -> new ArrayList<>()).add(field));
        for (Map.Entry<String, List<LiveField>> table : byTable.entrySet()) {
            List<String> columns = table.getValue().stream().map(field -> field.field().column()).toList();
            List<SearchableValue> values;
            try {
                values = PluginValues.read(connection, table.getKey(), columns, List.of(assetId), true).getOrDefault(assetId, List.of());
            } catch (SQLException e) {
                if (reported.add(table.getKey())) {
                    LOG.warn("Search index skips plugin table {}: {}", table.getKey(), e.getMessage());
                }
                continue;
            }
            for (LiveField field : table.getValue()) {
                List<SearchableValue> ofField = values.stream().filter(value -> value.field().equals(field.field().column())).toList();
                SuffixRows.replace(connection, pluginSources.get(field).id(), assetId, ofField);
            }
        }
    }
}
