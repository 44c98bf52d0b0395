package org.shopdb.plugins.network.internal.port;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

class PortNameOrderTest {

    private static List<String> sorted(String... names) {
        return Stream.of(names).sorted(PortNameOrder.INSTANCE).toList();
    }

    @Test
    void interfaceNumbersCompareAsNumbersLevelByLevel() {
        assertEquals(List.of("Gi1/0/1", "Gi1/0/2", "Gi1/0/10", "Gi1/1/1", "Gi2/0/1", "Te1/1/1"),
                sorted("Te1/1/1", "Gi1/0/10", "Gi2/0/1", "Gi1/0/2", "Gi1/1/1", "Gi1/0/1"));
        assertEquals(List.of("1", "2", "10", "49"), sorted("49", "10", "2", "1"));
        assertEquals(List.of("port1", "port2", "port10"), sorted("port10", "port2", "port1"));
    }

    @Test
    void hugeNumbersAndCaseDoNotUpsetTheOrder() {
        assertEquals(List.of("eth1", "ETH2", "eth99999999999999999999"), sorted("eth99999999999999999999", "ETH2", "eth1"));
        assertEquals(List.of("Gi1", "Gi1/0"), sorted("Gi1/0", "Gi1"));
    }
}
