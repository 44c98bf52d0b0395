package org.shopdb.testkit.karaf;

import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MariaDbDatabaseTest {

    @Test
    void eachContainerGetsANewLowerCaseDatabaseNamedAfterItsTestClass() {
        String first = MariaDbDatabase.databaseName("BadgereaderContainerIT");
        assertTrue(first.matches("shopdbtest_badgereadercontainerit_[0-9a-f]{8}"), first);
        assertNotEquals(first, MariaDbDatabase.databaseName("BadgereaderContainerIT"));
        assertTrue(MariaDbDatabase.databaseName("A".repeat(200)).length() <= 64, "MySQL names end at 64 characters");
    }

    @Test
    void aServerUrlNamingADatabaseIsRefusedBeforeAnythingIsCreated() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> MariaDbDatabase.create("jdbc:mysql://127.0.0.1:1/production", "root", "", "X"));
        assertTrue(refused.getMessage().contains("should name a server, not a database"), refused.getMessage());
    }
}
