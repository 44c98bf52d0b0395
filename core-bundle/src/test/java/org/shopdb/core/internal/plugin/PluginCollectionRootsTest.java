package org.shopdb.core.internal.plugin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class PluginCollectionRootsTest {

    @Test
    void theCollectionRootNamesItsPlugin() {
        assertEquals("cameras", PluginCollectionRoots.collectionRootOf("/api/cameras"));
    }

    @Test
    void anythingElseIsLeftAlone() {
        assertNull(PluginCollectionRoots.collectionRootOf("/api/cameras/"));
        assertNull(PluginCollectionRoots.collectionRootOf("/api/cameras/12"));
        assertNull(PluginCollectionRoots.collectionRootOf("/api/"));
        assertNull(PluginCollectionRoots.collectionRootOf("/api"));
        assertNull(PluginCollectionRoots.collectionRootOf("/other/cameras"));
        assertNull(PluginCollectionRoots.collectionRootOf("/api/cameras;jsessionid=1"));
        assertNull(PluginCollectionRoots.collectionRootOf(null));
    }
}
