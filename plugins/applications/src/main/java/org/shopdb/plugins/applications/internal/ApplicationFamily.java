package org.shopdb.plugins.applications.internal;

import java.util.List;
import java.util.Set;

import org.shopdb.api.family.AbstractAssetFamily;
import org.shopdb.api.family.FilterParameter;

/**
 * The software catalog as an asset family: assets of type {@value #TYPE_CODE} extended by
 * table {@value #TABLE}, one entry per name and vendor.
 */
public final class ApplicationFamily extends AbstractAssetFamily<ApplicationFields> {

    public static final String TYPE_CODE = "application";
    public static final String TYPE_NAME = "Application";
    /** This bundle's symbolic name: owner of the asset type and of the schema (SchemaReady). */
    public static final String OWNER = "org.shopdb.plugins.applications";
    public static final String TABLE = "applications";
    public static final String COLLECTION = "/api/applications";
    public static final String FIELD_SCHEMA = "/schema/applications.json";

    public static final ApplicationFamily INSTANCE = new ApplicationFamily();

    private ApplicationFamily() {
        super(TYPE_CODE, TYPE_NAME, OWNER, TABLE, ApplicationFields.class, FIELD_SCHEMA);
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
