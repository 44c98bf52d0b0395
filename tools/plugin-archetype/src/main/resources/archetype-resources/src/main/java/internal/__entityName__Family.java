package ${package}.internal;

import java.util.List;
import java.util.Set;

import org.shopdb.api.family.AbstractAssetFamily;
import org.shopdb.api.family.FilterParameter;

/**
 * Who the plugin is to the core: assets of type {@value #TYPE_CODE} extended by table
 * {@value #TABLE}, the filters and sort fields its list offers, its field schema.
 */
public final class ${entityName}Family extends AbstractAssetFamily<${entityName}Fields> {

    /** The asset type code, seeded by the install hook; also the audit entity of the plugin's own fields. */
    public static final String TYPE_CODE = "${entityName.toLowerCase()}";
    public static final String TYPE_NAME = "${entityName}";
    /** This bundle's symbolic name: owner of the asset type and of the schema (SchemaReady). */
    public static final String OWNER = "${package}";
    /** The plugin's table: extends assets by assetid (db/shopdb-${pluginName}.xml). */
    public static final String TABLE = "${pluginName}";
    /** The collection the plugin serves. */
    public static final String COLLECTION = "/api/${pluginName}";
    public static final String FIELD_SCHEMA = "/schema/${pluginName}.json";

    public static final ${entityName}Family INSTANCE = new ${entityName}Family();

    private ${entityName}Family() {
        super(TYPE_CODE, TYPE_NAME, OWNER, TABLE, ${entityName}Fields.class, FIELD_SCHEMA);
    }

    /** {@code GET /api/${pluginName}?vendor=acme&model=m-100}, compared ignoring case. */
    @Override
    public List<FilterParameter> filters() {
        return List.of(FilterParameter.text("vendor"), FilterParameter.text("model"));
    }

    @Override
    public Set<String> sortable() {
        return Set.of("vendor", "model");
    }
}
