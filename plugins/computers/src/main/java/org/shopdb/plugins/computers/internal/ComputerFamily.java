package org.shopdb.plugins.computers.internal;

import java.net.URL;
import java.util.List;
import java.util.Set;

import org.shopdb.api.family.AssetFamily;
import org.shopdb.api.family.FilterParameter;

/**
 * Computers as an asset family: assets of type {@value #TYPE_CODE} extended by table
 * {@value #TABLE}. The family keeps a {@code hostname} of its own (the PC's name, the
 * collector's key), so its items show no primary address: a PC has several, listed at
 * {@code /api/assets/{id}/addresses}.
 */
public final class ComputerFamily implements AssetFamily<ComputerFields> {

    public static final ComputerFamily INSTANCE = new ComputerFamily();

    public static final String TYPE_CODE = "computer";
    public static final String TYPE_NAME = "Computer";
    /** This bundle's symbolic name: owner of the asset type and of the schema (SchemaReady). */
    public static final String OWNER = "org.shopdb.plugins.computers";
    public static final String TABLE = "computers";
    public static final String COLLECTION = "/api/computers";
    public static final String FIELD_SCHEMA = "/schema/computers.json";

    private ComputerFamily() {
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

    /** The computer-specific audit rows; the asset's own are the core's {@code Asset}. */
    @Override
    public String entityName() {
        return TYPE_CODE;
    }

    @Override
    public String table() {
        return TABLE;
    }

    @Override
    public Class<ComputerFields> fieldsType() {
        return ComputerFields.class;
    }

    @Override
    public URL fieldSchema() {
        return ComputerFamily.class.getResource(FIELD_SCHEMA);
    }

    /** {@code GET /api/computers?role=cmm&osversion=10.0.17763&notinventoriedsince=…}; text compared ignoring case. */
    @Override
    public List<FilterParameter> filters() {
        return List.of(FilterParameter.text("hostname"), FilterParameter.text("role"), FilterParameter.text("osname"),
                FilterParameter.text("osversion"), FilterParameter.text("domain"), FilterParameter.text("manufacturer"),
                FilterParameter.text("model"), FilterParameter.text("lastuser"),
                FilterParameter.absentOrBefore("notinventoriedsince", "lastinventory"));
    }

    @Override
    public Set<String> sortable() {
        return Set.of("hostname", "role", "osname", "osversion", "model", "lastuser", "lastboot", "lastinventory");
    }

    /** The collector finds a PC by these, so no two computers may share one. */
    @Override
    public Set<String> unique() {
        return Set.of("hostname", "hardwareuuid");
    }
}
