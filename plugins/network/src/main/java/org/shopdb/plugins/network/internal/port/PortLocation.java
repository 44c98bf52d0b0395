package org.shopdb.plugins.network.internal.port;

import java.util.Map;

/**
 * A port with the device it belongs to: the answer to "where is this plugged in".
 *
 * @param deviceIpAddress the device's management IP
 */
public record PortLocation(NetworkPort port, String deviceAssetNumber, String deviceName, String deviceIpAddress) {

    /** The port's JSON with {@code deviceassetnumber}, {@code devicename} and {@code deviceipaddress}. */
    public Map<String, Object> toJson() {
        Map<String, Object> json = port.toJson();
        json.put("deviceassetnumber", deviceAssetNumber);
        json.put("devicename", deviceName);
        json.put("deviceipaddress", deviceIpAddress);
        return json;
    }
}
