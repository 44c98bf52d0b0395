package org.shopdb.core.internal.collector;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.api.Test;

class CollectorSettingsTest {

    @Test
    void defaultsAreTenMebibytesAnd5000Records() {
        CollectorSettings settings = CollectorSettings.resolve(name -> null);
        assertEquals(10L * 1024 * 1024, settings.maxBodyBytes());
        assertEquals(5000, settings.maxRecords());
    }

    @Test
    void environmentOverrides() {
        Map<String, String> env = Map.of(CollectorSettings.ENV_MAX_BODY_BYTES, " 2048 ", CollectorSettings.ENV_MAX_RECORDS, "10");
        CollectorSettings settings = CollectorSettings.resolve(env::get);
        assertEquals(2048, settings.maxBodyBytes());
        assertEquals(10, settings.maxRecords());
    }

    @Test
    void nonsenseIsRefusedNamingTheVariable() {
        for (String value : new String[] {"0", "-1", "ten", "1.5"}) {
            IllegalArgumentException bad = assertThrows(IllegalArgumentException.class,
                    () -> CollectorSettings.resolve(Map.of(CollectorSettings.ENV_MAX_RECORDS, value)::get));
            assertTrue(bad.getMessage().contains(CollectorSettings.ENV_MAX_RECORDS), bad.getMessage());
        }
    }
}
