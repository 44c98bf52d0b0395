package org.shopdb.api.family;

import java.net.URL;
import java.util.Objects;

/**
 * An {@link AssetFamily} from what names it: asset type code and name, owner, table, fields
 * record and field schema. A plugin's family extends it and adds only its own rules (filters,
 * sort fields, unique fields, checks):
 *
 * <pre>
 * public final class CameraFamily extends AbstractAssetFamily&lt;CameraFields&gt; {
 *     public static final CameraFamily INSTANCE = new CameraFamily();
 *     private CameraFamily() {
 *         super("camera", "Camera", "org.shopdb.plugins.cameras", "cameras", CameraFields.class, "/schema/cameras.json");
 *     }
 *     &#64;Override
 *     public List&lt;FilterParameter&gt; filters() { return List.of(FilterParameter.text("vendor")); }
 * }
 * </pre>
 * The audit rows of the plugin's fields name the type code as their entity.
 *
 * @param <F> the record of the plugin's own columns
 * @since 1.1
 */
public abstract class AbstractAssetFamily<F extends Record & FamilyFields> implements AssetFamily<F> {

    private final String typeCode;
    private final String typeName;
    private final String owner;
    private final String table;
    private final Class<F> fieldsType;
    private final String fieldSchema;

    /**
     * @param owner       the plugin's bundle symbolic name (owner of the type and of its {@link org.shopdb.api.schema.SchemaReady})
     * @param fieldSchema the field schema's path in the plugin's bundle, e.g. {@code /schema/cameras.json}
     */
    protected AbstractAssetFamily(String typeCode, String typeName, String owner, String table, Class<F> fieldsType, String fieldSchema) {
        this.typeCode = Objects.requireNonNull(typeCode, "typeCode");
        this.typeName = Objects.requireNonNull(typeName, "typeName");
        this.owner = Objects.requireNonNull(owner, "owner");
        this.table = Objects.requireNonNull(table, "table");
        this.fieldsType = Objects.requireNonNull(fieldsType, "fieldsType");
        this.fieldSchema = Objects.requireNonNull(fieldSchema, "fieldSchema");
    }

    @Override
    public String typeCode() {
        return typeCode;
    }

    @Override
    public String typeName() {
        return typeName;
    }

    @Override
    public String owner() {
        return owner;
    }

    /** The type code: the audit rows of the plugin's fields are entity {@code camera} where the asset's are {@code Asset}. */
    @Override
    public String entityName() {
        return typeCode;
    }

    @Override
    public String table() {
        return table;
    }

    @Override
    public Class<F> fieldsType() {
        return fieldsType;
    }

    /** Read from the plugin's bundle: the subclass's class loader resolves the path. */
    @Override
    public URL fieldSchema() {
        return getClass().getResource(fieldSchema);
    }
}
