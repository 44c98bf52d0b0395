package org.shopdb.plugins.computers.internal;

import java.util.List;
import java.util.Set;

import org.shopdb.api.family.AbstractAssetFamily;
import org.shopdb.api.family.FilterParameter;
import org.shopdb.api.family.RelationshipField;

/**
 * Computers as an asset family: assets of type {@value #TYPE_CODE} extended by table
 * {@value #TABLE}. The family keeps a {@code hostname} of its own (the PC's name, the
 * collector's key), so its items show no primary address: a PC has several, listed at
 * {@code /api/assets/{id}/addresses}.
 */
public final class ComputerFamily extends AbstractAssetFamily<ComputerFields> {

    public static final String TYPE_CODE = "computer";
    public static final String TYPE_NAME = "Computer";
    /** This bundle's symbolic name: owner of the asset type and of the schema (SchemaReady). */
    public static final String OWNER = "org.shopdb.plugins.computers";
    public static final String TABLE = "computers";
    public static final String COLLECTION = "/api/computers";
    public static final String FIELD_SCHEMA = "/schema/computers.json";

    public static final ComputerFamily INSTANCE = new ComputerFamily();

    private ComputerFamily() {
        super(TYPE_CODE, TYPE_NAME, OWNER, TABLE, ComputerFields.class, FIELD_SCHEMA);
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

    /** {@code controls}: the asset numbers of the machines the PC controls (core relationships of that type), read only. */
    @Override
    public List<RelationshipField> relationshipFields() {
        return List.of(RelationshipField.outgoing(ControlledMachines.TYPE, ControlledMachines.TYPE));
    }

    /** The collector finds a PC by these, so no two computers may share one. */
    @Override
    public Set<String> unique() {
        return Set.of("hostname", "hardwareuuid");
    }
}
