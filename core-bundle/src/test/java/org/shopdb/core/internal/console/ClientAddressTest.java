package org.shopdb.core.internal.console;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ClientAddressTest {

    @Test
    void socketAddressOfTheSshServerLosesSlashAndPort() {
        assertEquals("127.0.0.1", ClientAddress.host("/127.0.0.1:50312"));
        assertEquals("10.1.2.3", ClientAddress.host("gateway.example/10.1.2.3:22"));
    }

    @Test
    void bracketedIpv6SocketAddressLosesBracketsAndPort() {
        assertEquals("0:0:0:0:0:0:0:1", ClientAddress.host("/[0:0:0:0:0:0:0:1]:50312"));
    }

    @Test
    void bareHostsAsJmxGivesThemStayAsTheyAre() {
        assertEquals("127.0.0.1", ClientAddress.host("127.0.0.1"));
        assertEquals("0:0:0:0:0:0:0:1", ClientAddress.host("0:0:0:0:0:0:0:1"));
    }

    @Test
    void missingAddressIsEmpty() {
        assertEquals("", ClientAddress.host(null));
        assertEquals("", ClientAddress.host(""));
    }
}
