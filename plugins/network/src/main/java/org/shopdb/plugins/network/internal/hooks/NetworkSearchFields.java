package org.shopdb.plugins.network.internal.hooks;

import java.util.List;

import org.osgi.service.component.annotations.Component;
import org.shopdb.api.plugin.SearchField;
import org.shopdb.api.plugin.SearchFieldProvider;

/**
 * The network columns global search looks into, each backed by an index. {@code connectedmac} is
 * a column of the port table, which carries the device's {@code assetid}: a MAC (as stored,
 * {@code AA:BB:CC:DD:EE:FF}, in any case) finds the switch it is plugged into, with
 * {@code matchedfield} {@value #CONNECTED_MAC}; {@code GET /api/network/ports?mac=} then names
 * the port. It weighs most: one MAC is on one port.
 */
@Component(service = SearchFieldProvider.class)
public class NetworkSearchFields implements SearchFieldProvider {

    static final String DEVICES = "networkdevices";
    static final String PORTS = "networkports";
    static final String CONNECTED_MAC = "connectedmac";

    @Override
    public List<SearchField> searchFields() {
        return List.of(
                new SearchField(PORTS, CONNECTED_MAC, "Connected MAC", 80),
                new SearchField(DEVICES, "model", "Model", 40),
                new SearchField(DEVICES, "firmware", "Firmware", 30),
                new SearchField(DEVICES, "vendor", "Vendor", 20));
    }
}
