package org.shopdb.plugins.network.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.shopdb.api.error.FieldError;
import org.shopdb.api.family.AbstractAssetFamily;
import org.shopdb.api.family.FilterParameter;

/**
 * Network devices as an asset family: assets of type {@value #TYPE_CODE} extended by table
 * {@value #TABLE}. Switches, routers, access points and firewalls are told apart by
 * {@code devicekind}; so are wiring closets, which are devices of kind {@value #CLOSET} other
 * devices point at with {@code closetid}.
 */
public final class NetworkDeviceFamily extends AbstractAssetFamily<NetworkDeviceFields> {

    public static final NetworkDeviceFamily INSTANCE = new NetworkDeviceFamily();

    public static final String TYPE_CODE = "networkdevice";
    public static final String TYPE_NAME = "Network device";
    /** This bundle's symbolic name: owner of the asset type and of the schema (SchemaReady). */
    public static final String OWNER = "org.shopdb.plugins.network";
    public static final String TABLE = "networkdevices";
    public static final String COLLECTION = "/api/network";
    public static final String FIELD_SCHEMA = "/schema/network.json";
    /** The kind of a wiring closet: a place devices sit in, running no firmware and sitting in no closet itself. */
    public static final String CLOSET = "closet";

    private NetworkDeviceFamily() {
        super(TYPE_CODE, TYPE_NAME, OWNER, TABLE, NetworkDeviceFields.class, FIELD_SCHEMA);
    }

    @Override
    public List<FilterParameter> filters() {
        return List.of(FilterParameter.text("devicekind"), FilterParameter.text("vendor"), FilterParameter.text("model"),
                FilterParameter.text("firmware"), FilterParameter.exact("closetid", FilterParameter.Kind.WHOLE_NUMBER),
                FilterParameter.absentOrBefore("notseensince", "lastseen"));
    }

    @Override
    public Set<String> sortable() {
        return Set.of("devicekind", "vendor", "model", "firmware", "lastseen");
    }

    /**
     * A management IP reaches one device, and a base MAC names one: the discovery collector finds
     * devices by them, so no two devices may share either.
     */
    @Override
    public Set<String> unique() {
        return Set.of("ipaddress", "macaddress");
    }

    /** A closet is a place: it sits in no closet and runs no firmware. Whether {@code closetid} names a closet is {@code Closets}' rule. */
    @Override
    public List<FieldError> check(NetworkDeviceFields fields) {
        List<FieldError> errors = new ArrayList<>();
        if (CLOSET.equals(fields.deviceKind())) {
            if (fields.closetId() != null) {
                errors.add(new FieldError("closetid", "a wiring closet is not inside another closet; leave closetid empty"));
            }
            if (fields.firmware() != null) {
                errors.add(new FieldError("firmware", "a wiring closet runs no firmware; leave firmware empty"));
            }
        }
        return errors;
    }
}
