package org.shopdb.plugins.network.internal.collector;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.shopdb.api.error.ValidationException;
import org.shopdb.plugins.network.internal.port.PortState;
import org.shopdb.plugins.network.internal.port.Vlan;

class PortReportsTest {

    @Test
    void aPortEntryIsItsWholeStateNormalisedAndUpWhenTheStatusIsLeftOut() {
        List<PortState> ports = PortReports.ports(List.of(
                Map.of("portname", " Gi1/0/12 ", "description", "CNC 42", "vlanid", 20L, "speedmbps", 1000L, "connectedmac", "aabb.cc00.0042"),
                Map.of("portname", "Gi1/0/13", "status", "disabled", "description", "  ")));
        assertEquals(new PortState("Gi1/0/12", "CNC 42", 20, 1000, "up", "AA:BB:CC:00:00:42", null, null), ports.get(0));
        assertEquals(new PortState("Gi1/0/13", null, null, null, "disabled", null, null, null), ports.get(1));
    }

    @Test
    void aPortOrVlanListedTwiceIsRefusedNamingTheEntry() {
        ValidationException ports = assertThrows(ValidationException.class, () -> PortReports.ports(List.of(Map.of("portname", "Gi1/0/1"),
                Map.of("portname", "Gi1/0/2"), Map.of("portname", "GI1/0/1"))));
        assertEquals("ports[2].portname", ports.errors().get(0).field());
        ValidationException vlans = assertThrows(ValidationException.class, () -> PortReports.vlans(List.of(Map.of("vlanid", 20L),
                Map.of("vlanid", 20L, "name", "again"))));
        assertEquals("vlans[1].vlanid", vlans.errors().get(0).field());
        assertEquals(List.of(new Vlan(1, "default"), new Vlan(20, null)),
                PortReports.vlans(List.of(Map.of("vlanid", 1L, "name", "default"), Map.of("vlanid", 20L))));
    }
}
