package org.shopdb.plugins.equipment.internal;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.shopdb.api.error.FieldError;
import org.shopdb.api.family.AbstractAssetFamily;
import org.shopdb.api.family.FilterParameter;
import org.shopdb.api.family.RelationshipField;

/**
 * Machines as an asset family: assets of type {@value #TYPE_CODE} extended by table
 * {@value #TABLE}; the machine number is unique, and the PCs that control a machine (core
 * relationships of type {@value #CONTROLS}, made by the computers plugin) show as its
 * read-only {@code controlledby}.
 */
public final class MachineFamily extends AbstractAssetFamily<MachineFields> {

    public static final MachineFamily INSTANCE = new MachineFamily();

    /** The asset type code, seeded by the install hook. */
    public static final String TYPE_CODE = "machine";
    public static final String TYPE_NAME = "Machine";
    /** This bundle's symbolic name: owner of the asset type and of the schema (SchemaReady). */
    public static final String OWNER = "org.shopdb.plugins.equipment";
    /** The plugin's table: extends assets by assetid (db/shopdb-equipment.xml). */
    public static final String TABLE = "equipment";
    /** The collection the plugin serves. */
    public static final String COLLECTION = "/api/equipment";
    public static final String FIELD_SCHEMA = "/schema/equipment.json";
    /** The relationship type "PC controls machine" (CONTRACTS.md): from the computer's asset to the machine's. */
    public static final String CONTROLS = "controls";

    private MachineFamily() {
        super(TYPE_CODE, TYPE_NAME, OWNER, TABLE, MachineFields.class, FIELD_SCHEMA);
    }

    /**
     * {@code GET /api/equipment?kind=lathe&controllervendor=fanuc&vendor=okuma&dncconnection=serial}, and one machine by
     * {@code machinenumber} (which {@code q} does not search), each compared ignoring case.
     */
    @Override
    public List<FilterParameter> filters() {
        return List.of(FilterParameter.text("kind"), FilterParameter.text("controllervendor"), FilterParameter.text("vendor"),
                FilterParameter.text("dncconnection"), FilterParameter.text("machinenumber"));
    }

    @Override
    public Set<String> sortable() {
        return Set.of("machinenumber", "kind", "vendor", "model", "controllervendor", "installdate");
    }

    /** The machine number is what the floor, the DNC and the collector call a machine by. */
    @Override
    public Set<String> unique() {
        return Set.of("machinenumber");
    }

    @Override
    public List<RelationshipField> relationshipFields() {
        return List.of(RelationshipField.incoming("controlledby", CONTROLS));
    }

    /**
     * A DNC address says where programs go, so it needs to say how as well; and it never carries
     * credentials, which every viewer could read (they belong in the DNC server).
     */
    @Override
    public List<FieldError> check(MachineFields fields) {
        List<FieldError> errors = new ArrayList<>();
        String address = fields.dncAddress();
        if (address != null && fields.dncConnection() == null) {
            errors.add(new FieldError("dncconnection", "is required with a dncaddress: say how programs reach the machine (serial, ftp, share, …)"));
        }
        if (address != null && hasCredentials(address)) {
            errors.add(new FieldError("dncaddress", "must not contain credentials (user:password@); keep them in the DNC server"));
        }
        return errors;
    }

    /** A URL with user information ({@code ftp://cnc:secret@10.20.4.50/}); anything that is no URL has none. */
    static boolean hasCredentials(String address) {
        if (!address.contains("://")) {
            return false;
        }
        try {
            return new URI(address).getRawUserInfo() != null;
        } catch (URISyntaxException notAUrl) {
            return address.substring(address.indexOf("://") + 3).split("/", 2)[0].contains("@");
        }
    }
}
