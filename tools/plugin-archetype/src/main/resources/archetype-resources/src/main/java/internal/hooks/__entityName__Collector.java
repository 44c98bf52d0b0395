package ${package}.internal.hooks;

import java.net.URL;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.shopdb.api.audit.Actor;
import org.shopdb.api.plugin.Collector;
import org.shopdb.api.plugin.CollectorOutcome;
import ${package}.internal.AssetFields;
import ${package}.internal.${entityName};
import ${package}.internal.${entityName}Fields;
import ${package}.internal.${entityName}Service;

/**
 * {@code POST /api/collector/${pluginName}}: inventory scripts push what they found, one record per
 * item (schema/${pluginName}-collector.json), upserted by asset number. The core validates each record
 * against the schema and runs the batch in one transaction.
 */
@Component(service = Collector.class)
public class ${entityName}Collector implements Collector {

    static final String RECORD_SCHEMA = "/schema/${pluginName}-collector.json";

    private final ${entityName}Service service;

    @Activate
    public ${entityName}Collector(@Reference ${entityName}Service service) {
        this.service = service;
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
        Optional<${entityName}> known = service.findByNumber((String) record.get("assetnumber"));
        if (known.isEmpty()) {
            return CollectorOutcome.created(service.create(actor, commonFields(null, record), fields(null, record)).assetId());
        }
        ${entityName} current = known.get();
        AssetFields common = commonFields(current, record);
        ${entityName}Fields fields = fields(current.fields(), record);
        if (common.equals(commonFields(current, Map.of())) && fields.equals(current.fields())) {
            return CollectorOutcome.unchanged(current.assetId());
        }
        return CollectorOutcome.updated(service.update(actor, current.assetId(), current.version(), common, fields).assetId());
    }

    /**
     * The common fields after the record: name and serial number as reported, everything else as
     * it is ({@code current} is {@code null} for a new item, named after its asset number unless the record names it).
     */
    static AssetFields commonFields(${entityName} current, Map<String, Object> record) {
        String assetNumber = current == null ? (String) record.get("assetnumber") : current.assetNumber();
        String name = (String) record.getOrDefault("name", current == null ? assetNumber : current.name());
        String serialNumber = (String) record.getOrDefault("serialnumber", current == null ? null : current.serialNumber());
        return current == null ? new AssetFields(assetNumber, name, null, null, null, serialNumber, null, null)
                : new AssetFields(assetNumber, name, current.status(), current.locationId(), current.businessUnitId(), serialNumber,
                        current.notes(), current.active());
    }

    /** The plugin's fields after the record: what it reports replaces, what it leaves out is kept. */
    static ${entityName}Fields fields(${entityName}Fields current, Map<String, Object> record) {
        return (current == null ? ${entityName}Fields.empty() : current).with(record);
    }
}
