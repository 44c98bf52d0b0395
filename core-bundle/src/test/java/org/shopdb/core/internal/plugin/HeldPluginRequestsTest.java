package org.shopdb.core.internal.plugin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class HeldPluginRequestsTest {

    @Test
    void everyPathUnderAPluginBaseNamesThePlugin() {
        assertEquals("cameras", HeldPluginRequests.pluginOf("/api/cameras"));
        assertEquals("cameras", HeldPluginRequests.pluginOf("/api/cameras/"));
        assertEquals("cameras", HeldPluginRequests.pluginOf("/api/cameras/12/addresses"));
    }

    @Test
    void pathsOutsideTheApiNameNoPlugin() {
        assertNull(HeldPluginRequests.pluginOf("/api/"));
        assertNull(HeldPluginRequests.pluginOf("/api"));
        assertNull(HeldPluginRequests.pluginOf("/other/cameras"));
        assertNull(HeldPluginRequests.pluginOf(null));
    }
}
