package org.shopdb.plugins.applications.internal;

import java.net.URL;
import java.util.List;
import java.util.Set;

import org.shopdb.api.family.AssetFamily;
import org.shopdb.api.family.FilterParameter;

/**
 * The software catalog as an asset family: assets of type {@value #TYPE_CODE} extended by
 * table {@value #TABLE}, one entry per name and vendor.
 */
public final class ApplicationFamily implements AssetFamily<ApplicationFields> {

    public static final ApplicationFamily INSTANCE = new ApplicationFamily();

    public static final String TYPE_CODE = "application";
    public static final String TYPE_NAME = "Application";
    /** This bundle's symbolic name: owner of the asset type and of the schema (SchemaReady). */
    public static final String OWNER = "org.shopdb.plugins.applications";
    public static final String TABLE = "applications";
    public static final String COLLECTION = "/api/applications";
    public static final String FIELD_SCHEMA = "/schema/applications.json";

    private ApplicationFamily() {
    }

    @Override
    public String typeCode() {
        return TYPE_CODE;
    }

    @Override
    public String typeName() {
        return TYPE_NAME;
    }

    @Override
    public String owner() {
        return OWNER;
    }

    /** The catalog's audit rows; the asset's own are the core's {@code Asset}. */
    @Override
    public String entityName() {
        return TYPE_CODE;
    }

    @Override
    public String table() {
        return TABLE;
    }

    @Override
    public Class<ApplicationFields> fieldsType() {
        return ApplicationFields.class;
    }

    @Override
    public URL fieldSchema() {
        return ApplicationFamily.class.getResource(FIELD_SCHEMA);
    }

    /** {@code GET /api/applications?vendor=siemens&category=cad/cam}; text compared ignoring case. */
    @Override
    public List<FilterParameter> filters() {
        return List.of(FilterParameter.text("vendor"), FilterParameter.text("category"), FilterParameter.text("licence"));
    }

    @Override
    public Set<String> sortable() {
        return Set.of("vendor", "category", "supportends");
    }
}
