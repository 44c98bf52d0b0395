package org.shopdb.plugins.agents.internal.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.shopdb.api.error.FieldError;
import org.shopdb.plugins.agents.internal.Resources;

class GlpiJsonReaderTest {

    private final GlpiJsonReader reader = new GlpiJsonReader();

    @Test
    void fullAndPartialInventoriesFollowTheFormat() {
        GlpiMessage full = reader.read(Resources.inventory("glpi-computer-full.json"));
        assertEquals("inventory", full.action());
        assertEquals("PC-CNC-0042-2026-11-20-06-12-00", full.deviceId());
        assertEquals("Computer", full.itemtype());
        assertFalse(full.partial());

        GlpiMessage software = reader.read(Resources.inventory("glpi-computer-partial-software.json"));
        assertTrue(software.partial());
        assertFalse(software.content().has("hardware"));
        assertTrue(reader.read(Resources.inventory("glpi-computer-partial-cpu.json")).partial());
    }

    @Test
    void everyFieldBreakingTheFormatIsNamed() {
        AgentRequestException invalid = assertThrows(AgentRequestException.class, () -> reader.read(Resources.inventory("glpi-computer-invalid.json")));
        assertEquals(422, invalid.status());
        Map<String, String> errors = invalid.details().stream().collect(Collectors.toMap(FieldError::field, FieldError::message, (a, b) -> a + "; " + b));
        assertTrue(errors.containsKey("deviceid"), errors.toString());
        assertTrue(errors.containsKey("content.hardware.memory"), errors.toString());
        assertTrue(errors.containsKey("content.operatingsystem.boot_time"), errors.toString());
        assertTrue(errors.containsKey("content.operatingsystem.timezone.offset"), errors.toString());
        assertTrue(errors.containsKey("content.networks[0].status"), errors.toString());
        assertTrue(errors.containsKey("content.networks[0].ipaddress"), errors.toString());
        assertTrue(errors.containsKey("content.softwares[0].name"), errors.toString());
        assertTrue(errors.get("content.hardware.memory").contains("integer"), errors.get("content.hardware.memory"));
    }

    @Test
    void contactNeedsOnlyItsDevice() {
        GlpiMessage contact = reader.read("{\"action\":\"contact\",\"deviceid\":\"pc-1\",\"name\":\"GLPI-Agent\",\"version\":\"1.11\"}"
                .getBytes(StandardCharsets.UTF_8));
        assertEquals("contact", contact.action());
        assertEquals(422, assertThrows(AgentRequestException.class,
                () -> reader.read("{\"action\":\"contact\"}".getBytes(StandardCharsets.UTF_8))).status());
    }

    @Test
    void whatIsNoJsonObjectIsMalformed() {
        for (String body : new String[] {"", "[1,2]", "{\"deviceid\": \"x\",", "<REQUEST/>", "{\"deviceid\":\"a\",\"deviceid\":\"b\",\"content\":{}}"}) {
            AgentRequestException malformed = assertThrows(AgentRequestException.class, () -> reader.read(body.getBytes(StandardCharsets.UTF_8)));
            assertEquals(400, malformed.status(), body);
        }
    }
}
