package org.shopdb.plugins.network.internal.port;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.shopdb.api.audit.Actor;
import org.shopdb.api.audit.AuditAction;
import org.shopdb.api.audit.AuditEntry;
import org.shopdb.api.audit.FieldChange;

class VlanSyncTest {

    private final NetworkTables tables = new NetworkTables();
    private final VlanSync sync = new VlanSync(tables.entityManagers, tables.unitOfWork, tables.audit, null);
    private final PortQueries queries = tables.portQueries();

    @AfterEach
    void close() {
        tables.close();
    }

    @Test
    void theReportedSetReplacesTheStoredOneAndARepeatWritesNothing() {
        DeviceRef device = tables.device("SW-20");
        Actor script = Actor.apiKey("discovery");
        assertTrue(sync.sync(script, device, List.of(new Vlan(20, "shopfloor"), new Vlan(1, "default"), new Vlan(30, "cameras"))));
        assertEquals(List.of(new Vlan(1, "default"), new Vlan(20, "shopfloor"), new Vlan(30, "cameras")), queries.vlansOf(device.assetId()));
        int audited = tables.audit.entries.size();
        assertFalse(sync.sync(script, device, List.of(new Vlan(1, "default"), new Vlan(20, "shopfloor"), new Vlan(30, "cameras"))));
        assertEquals(audited, tables.audit.entries.size());

        assertTrue(sync.sync(script, device, List.of(new Vlan(1, "default"), new Vlan(20, "production"))));
        assertEquals(List.of(new Vlan(1, "default"), new Vlan(20, "production")), queries.vlansOf(device.assetId()));
        List<AuditEntry> changes = tables.audit.entries.subList(audited, tables.audit.entries.size());
        assertEquals(List.of(AuditAction.UPDATED, AuditAction.DELETED), changes.stream().map(AuditEntry::action).toList());
        assertEquals(new FieldChange("shopfloor", "production"), changes.get(0).changes().get("name"));
        assertEquals("SW-20 VLAN 30", changes.get(1).entityName());
        assertEquals("networkvlan", changes.get(1).entityType());
    }
}
