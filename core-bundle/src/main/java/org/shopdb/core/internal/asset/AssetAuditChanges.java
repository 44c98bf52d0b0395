package org.shopdb.core.internal.asset;

import java.util.LinkedHashMap;
import java.util.Map;

import org.shopdb.api.asset.Asset;
import org.shopdb.api.audit.FieldChange;
import org.shopdb.core.internal.audit.FieldChanges;

/** The audited fields of an asset, and what changed between two states of it. */
final class AssetAuditChanges {

    private AssetAuditChanges() {
    }

    static Map<String, FieldChange> created(Asset asset) {
        return between(null, asset);
    }

    static Map<String, FieldChange> deleted(Asset asset) {
        return between(asset, null);
    }

    /** Fields whose value differs, old → new; a missing side counts as all {@code null}. */
    static Map<String, FieldChange> between(Asset before, Asset after) {
        return FieldChanges.between(fields(before), fields(after));
    }

    private static Map<String, Object> fields(Asset asset) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("assetnumber", asset == null ? null : asset.assetNumber());
        fields.put("name", asset == null ? null : asset.name());
        fields.put("assettype", asset == null ? null : asset.assetTypeCode());
        fields.put("status", asset == null ? null : asset.statusCode());
        fields.put("locationid", asset == null ? null : asset.locationId());
        fields.put("businessunitid", asset == null ? null : asset.businessUnitId());
        fields.put("serialnumber", asset == null ? null : asset.serialNumber());
        fields.put("notes", asset == null ? null : asset.notes());
        fields.put("isactive", asset == null ? null : asset.active());
        return fields;
    }
}
