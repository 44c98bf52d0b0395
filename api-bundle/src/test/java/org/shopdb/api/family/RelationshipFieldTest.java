package org.shopdb.api.family;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.shopdb.api.asset.Asset;

class RelationshipFieldTest {

    public record MachineFields(String machineNumber) implements FamilyFields {
    }

    private static final Instant CREATED = Instant.parse("2026-11-01T08:00:00Z");
    private static final Asset MACHINE = new Asset(12, "M-0012", "DMU 50 cell 3", "machine", "inservice", null, null, null, null, true,
            CREATED, CREATED, 4);

    @Test
    void incomingAndOutgoingNameWhichEndTheItemIs() {
        assertEquals(new RelationshipField("controlledby", "controls", RelationshipField.Direction.INCOMING),
                RelationshipField.incoming("controlledby", "controls"));
        assertEquals(RelationshipField.Direction.OUTGOING, RelationshipField.outgoing("controls", "controls").direction());
    }

    @Test
    void theTypeMustBeARelationshipTypeTheCoreAccepts() {
        assertThrows(IllegalArgumentException.class, () -> RelationshipField.incoming("controlledby", "Controls"));
        assertThrows(IllegalArgumentException.class, () -> RelationshipField.incoming("controlledby", "controls; drop table assets"));
        assertThrows(IllegalArgumentException.class, () -> RelationshipField.incoming("controlledby", null));
    }

    @Test
    void anItemShowsItsRelationshipFieldsAfterItsOwnAndBeforeTheDates() {
        Map<String, List<String>> related = new LinkedHashMap<>();
        related.put("controlledby", List.of("PC-0042", "PC-0043"));
        related.put("feeds", List.of());
        FamilyItem<MachineFields> item = new FamilyItem<>(MACHINE, new MachineFields("M-0012"), null, 7, related);
        List<String> fields = new ArrayList<>(item.toJson().keySet());
        assertEquals(List.of("machinenumber", "controlledby", "feeds", "createddate"),
                fields.subList(fields.indexOf("machinenumber"), fields.indexOf("createddate") + 1));
        assertEquals(List.of("PC-0042", "PC-0043"), item.toJson().get("controlledby"));
    }

    @Test
    void anItemOfAFamilyWithoutRelationshipFieldsShowsNone() {
        FamilyItem<MachineFields> item = new FamilyItem<>(MACHINE, new MachineFields("M-0012"), PrimaryAddress.NONE, 7);
        assertEquals(Map.of(), item.related());
        assertEquals(List.of("assetid", "assetnumber", "name", "status", "locationid", "businessunitid", "serialnumber", "notes", "isactive",
                "machinenumber", "ipaddress", "macaddress", "hostname", "createddate", "modifieddate", "version"), List.copyOf(item.toJson().keySet()));
    }
}
