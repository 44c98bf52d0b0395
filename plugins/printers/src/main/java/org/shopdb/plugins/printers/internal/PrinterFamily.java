package org.shopdb.plugins.printers.internal;

import java.util.List;
import java.util.Set;

import org.shopdb.api.family.AbstractAssetFamily;
import org.shopdb.api.family.FilterParameter;

/** Printers as an asset family: assets of type {@value #TYPE_CODE} extended by table {@value #TABLE}. */
public final class PrinterFamily extends AbstractAssetFamily<PrinterFields> {

    public static final PrinterFamily INSTANCE = new PrinterFamily();

    public static final String TYPE_CODE = "printer";
    public static final String TYPE_NAME = "Printer";
    /** This bundle's symbolic name: owner of the asset type and of the schema (SchemaReady). */
    public static final String OWNER = "org.shopdb.plugins.printers";
    /** The plugin's table: extends assets by assetid (db/shopdb-printers.xml). */
    public static final String TABLE = "printers";
    /** The collection the plugin serves. */
    public static final String COLLECTION = "/api/printers";
    public static final String FIELD_SCHEMA = "/schema/printers.json";
    /** Entity type of the audit rows of the printer's own fields, its reported status among them. */
    public static final String ENTITY = "printer";

    private PrinterFamily() {
        super(TYPE_CODE, TYPE_NAME, OWNER, TABLE, PrinterFields.class, FIELD_SCHEMA);
    }

    /**
     * {@code GET /api/printers?kind=label&vendor=zebra&printerstatus=error}, compared ignoring case.
     * The reported status is {@code printerstatus}: {@code status} is the asset's lifecycle status.
     */
    @Override
    public List<FilterParameter> filters() {
        return List.of(FilterParameter.text("kind"), FilterParameter.text("vendor"), FilterParameter.text("model"),
                FilterParameter.text("printerstatus"), FilterParameter.absentOrBefore("notreportedsince", "reportedat"));
    }

    @Override
    public Set<String> sortable() {
        return Set.of("kind", "vendor", "model", "printerstatus", "statussince", "pagecount", "reportedat");
    }

    /** A device's MAC identifies it before its address does (see the collector), so no two printers share one. */
    @Override
    public Set<String> unique() {
        return Set.of("macaddress");
    }
}
