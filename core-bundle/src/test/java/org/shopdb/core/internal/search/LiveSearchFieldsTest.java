package org.shopdb.core.internal.search;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class LiveSearchFieldsTest {

    @Test
    void onlyPlainLowerCaseIdentifiersAreNamesThatMayReachSql() {
        assertTrue(LiveSearchFields.isIdentifier("cameras"));
        assertTrue(LiveSearchFields.isIdentifier("stream_url2"));
        for (String hostile : List.of("cameras; drop table assets", "Model", "model--", "1table", "", "a.b")) {
            assertFalse(LiveSearchFields.isIdentifier(hostile), hostile);
        }
        assertFalse(LiveSearchFields.isIdentifier(null));
    }

    @Test
    void pluginValuesRefuseOtherNamesBeforeAnySql() {
        assertThrows(IllegalArgumentException.class, () -> PluginValues.read(null, "cameras; drop table assets", List.of("model"), List.of(1L), false));
        assertThrows(IllegalArgumentException.class, () -> PluginValues.lockAndReadAfter(null, "cameras", "Model", 0, 10));
    }
}
