package org.shopdb.plugins.network.internal.port;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import org.shopdb.api.family.RecordFields;

/**
 * A stored port as the API shows it.
 *
 * @param assetId           the device the port belongs to
 * @param linkedAssetId     the asset whose network address has the connected MAC, when exactly one has
 * @param linkedAssetNumber that asset's number, for people
 * @param lastSeen          when a report last listed the port
 */
public record NetworkPort(long networkPortId, long assetId, PortState state, Long linkedAssetId, String linkedAssetNumber,
        Instant lastSeen) {

    public boolean isGone() {
        return state.isGone();
    }

    /** Flat under the column names: {@code networkportid}, {@code assetid}, the port's state, {@code linkedassetid}, {@code linkedassetnumber}, {@code lastseen}. */
    public Map<String, Object> toJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("networkportid", networkPortId);
        json.put("assetid", assetId);
        json.putAll(RecordFields.byName(state));
        json.put("linkedassetid", linkedAssetId);
        json.put("linkedassetnumber", linkedAssetNumber);
        json.put("lastseen", lastSeen);
        return json;
    }
}
