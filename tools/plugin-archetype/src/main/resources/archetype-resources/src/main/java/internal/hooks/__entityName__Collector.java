package ${package}.internal.hooks;

import java.net.URL;
import java.util.List;
import java.util.Map;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.shopdb.api.audit.Actor;
import org.shopdb.api.family.FamilyStore;
import org.shopdb.api.family.Lookup;
import org.shopdb.api.plugin.Collector;
import org.shopdb.api.plugin.CollectorOutcome;
import ${package}.internal.${entityName}Fields;
import ${package}.internal.${entityName}Store;

/**
 * {@code POST /api/collector/${pluginName}}: inventory scripts push what they found, one record per
 * item (schema/${pluginName}-collector.json), upserted by asset number. The core validates each record
 * against that schema and runs the batch in one transaction; fields a record leaves out keep
 * their values, and a record that changes nothing writes nothing.
 */
@Component(service = Collector.class)
public class ${entityName}Collector implements Collector {

    static final String RECORD_SCHEMA = "/schema/${pluginName}-collector.json";

    private final ${entityName}Store items;

    @Activate
    public ${entityName}Collector(@Reference ${entityName}Store items) {
        this.items = items;
    }

    @Override
    public String name() {
        return "${pluginName}";
    }

    @Override
    public URL recordSchema() {
        return ${entityName}Collector.class.getResource(RECORD_SCHEMA);
    }

    @Override
    public List<String> naturalKey() {
        return List.of("assetnumber");
    }

    @Override
    public CollectorOutcome ingest(Actor actor, Map<String, Object> record) {
        String assetNumber = (String) record.get("assetnumber");
        FamilyStore<${entityName}Fields> store = items.store();
        return store.upsert(actor, store.findId(Lookup.assetNumber(assetNumber)), record, firstSeen(assetNumber));
    }

    /** A new item is named after its asset number unless the record names it. */
    static Map<String, Object> firstSeen(String assetNumber) {
        return Map.of("name", assetNumber);
    }
}
