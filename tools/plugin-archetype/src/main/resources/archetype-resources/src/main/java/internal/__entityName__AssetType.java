package ${package}.internal;

/** Who the plugin is to the core: the asset type every ${pluginName} item has, and the names it records. */
public final class ${entityName}AssetType {

    /** The asset type code, seeded by the install hook. */
    public static final String CODE = "${entityName.toLowerCase()}";
    public static final String NAME = "${entityName}";
    /** This bundle's symbolic name: owner of the asset type and of the schema (SchemaReady). */
    public static final String OWNER = "${package}";
    /** Entity type of the audit entries for the plugin's own fields (the asset's own are the core's). */
    public static final String AUDIT_ENTITY = CODE;
    /** The plugin's table: extends assets by assetid (db/shopdb-${pluginName}.xml). */
    public static final String TABLE = "${pluginName}";
    /** The collection the plugin serves. */
    public static final String COLLECTION = "/api/${pluginName}";

    private ${entityName}AssetType() {
    }
}
