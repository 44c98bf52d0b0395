package org.shopdb.api.family;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.shopdb.api.asset.Asset;

/**
 * An item of an asset family: its asset, the plugin's columns and its primary address.
 *
 * @param address the primary network address; {@code null} for a family whose field schema
 *                shows none ({@code ipaddress}, {@code macaddress}, {@code hostname} undescribed)
 * @param version optimistic-lock version covering the asset and the plugin row: it grows with
 *                every change to either, and a replace must send the one it read
 * @param related the family's {@linkplain AssetFamily#relationshipFields() relationship fields}:
 *                field name to the related assets' numbers, sorted (since 1.1)
 */
public record FamilyItem<F extends Record & FamilyFields>(Asset asset, F fields, PrimaryAddress address, long version,
        Map<String, List<String>> related) {

    public FamilyItem {
        related = Collections.unmodifiableMap(new LinkedHashMap<>(related));
    }

    /** An item of a family without relationship fields. */
    public FamilyItem(Asset asset, F fields, PrimaryAddress address, long version) {
        this(asset, fields, address, version, Map.of());
    }

    public long assetId() {
        return asset.assetId();
    }

    public CommonFields common() {
        return CommonFields.of(asset);
    }

    /**
     * The item as the API shows it, flat under the column names: {@code assetid}, the
     * {@linkplain CommonFields common fields}, the plugin's, the {@linkplain PrimaryAddress primary
     * address} (when the family has one), the relationship fields (in the family's order),
     * {@code createddate}, {@code modifieddate} and {@code version}.
     */
    public Map<String, Object> toJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("assetid", asset.assetId());
        json.putAll(common().byName());
        json.putAll(fields.byName());
        if (address != null) {
            json.putAll(address.byName());
        }
        json.putAll(related);
        json.put("createddate", asset.createdDate());
        json.put("modifieddate", asset.modifiedDate());
        json.put("version", version);
        return json;
    }
}
