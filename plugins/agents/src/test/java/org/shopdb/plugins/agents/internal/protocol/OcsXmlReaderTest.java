package org.shopdb.plugins.agents.internal.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.shopdb.plugins.agents.internal.Resources;

class OcsXmlReaderTest {

    private final OcsXmlReader reader = new OcsXmlReader();

    private static byte[] bytes(String xml) {
        return xml.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void prologNamesItsDevice() {
        OcsMessage prolog = reader.read(Resources.inventory("prolog.xml"));
        assertEquals(OcsMessage.PROLOG, prolog.query());
        assertEquals("pc-cnc-0042-2026-11-20-06-12-00", prolog.deviceId());
        assertTrue(prolog.content().isEmpty());
    }

    @Test
    void inventoryOfTheRealAgentBecomesTheGlpiShape() {
        OcsMessage inventory = reader.read(Resources.inventory("fusioninventory-debian.xml"));
        assertEquals(OcsMessage.INVENTORY, inventory.query());
        assertEquals("vm-2026-12-06-16-35-10", inventory.deviceId());
        assertEquals("vm", inventory.content().get("hardware").get("name").stringValue());
        assertEquals(25, inventory.content().get("softwares").size(), "repeated elements become an array");
        assertEquals("+0000", inventory.content().get("operatingsystem").get("timezone").get("offset").stringValue());
        assertTrue(inventory.content().get("cpus").isObject(), "a lone element stays an object");
    }

    @Test
    void malformedXmlIsRefusedNamingWhere() {
        AgentRequestException malformed = assertThrows(AgentRequestException.class,
                () -> reader.read(bytes("<REQUEST>\n  <QUERY>PROLOG</QUERY>\n  <DEVICEID>x</DEVICE>\n</REQUEST>")));
        assertEquals(400, malformed.status());
        assertTrue(malformed.getMessage().startsWith("The XML is malformed at line 3"), malformed.getMessage());
    }

    @Test
    void truncatedXmlIsRefused() {
        byte[] whole = Resources.inventory("fusioninventory-debian.xml");
        AgentRequestException truncated = assertThrows(AgentRequestException.class,
                () -> reader.read(Arrays.copyOf(whole, whole.length - 200)));
        assertEquals(400, truncated.status());
    }

    @Test
    void entitiesAndDtdsAreNotFollowed() {
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<REQUEST><QUERY>PROLOG</QUERY><DEVICEID>&x;</DEVICEID></REQUEST>";
        AgentRequestException refused = assertThrows(AgentRequestException.class, () -> reader.read(bytes(xxe)));
        assertEquals(400, refused.status());
    }

    @Test
    void otherDocumentsAreRefused() {
        assertTrue(assertThrows(AgentRequestException.class, () -> reader.read(bytes("<REPLY/>"))).getMessage().contains("<REPLY>"));
        assertTrue(assertThrows(AgentRequestException.class, () -> reader.read(bytes("<REQUEST><DEVICEID>x</DEVICEID></REQUEST>")))
                .getMessage().contains("no <QUERY>"));
        assertEquals(400, assertThrows(AgentRequestException.class, () -> reader.read(new byte[0])).status());
        assertEquals(400, assertThrows(AgentRequestException.class, () -> reader.read(bytes("{\"json\": true}"))).status());
        String deep = "<REQUEST><QUERY>INVENTORY</QUERY><CONTENT>" + "<A>".repeat(20) + "</A>".repeat(20) + "</CONTENT></REQUEST>";
        assertTrue(assertThrows(AgentRequestException.class, () -> reader.read(bytes(deep))).getMessage().contains("nests deeper"));
    }
}
