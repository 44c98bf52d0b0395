package org.shopdb.core.internal.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

class JaxrsComponentsTest {

    @Test
    void resourcesAndExtensionsCountOthersDoNot() {
        assertTrue(JaxrsComponents.isJaxrs(Map.of("osgi.jaxrs.resource", "true")));
        assertTrue(JaxrsComponents.isJaxrs(Map.of("osgi.jaxrs.extension", Boolean.TRUE)));
        assertFalse(JaxrsComponents.isJaxrs(Map.of("osgi.jaxrs.name", "shopdb")));
        assertFalse(JaxrsComponents.isJaxrs(Map.of("osgi.jaxrs.resource", "false")));
    }

    @Test
    void missingIsWhatIsExpectedButNotPresent() {
        assertEquals(Set.of("b"), JaxrsComponents.missing(Set.of("a", "b"), Set.of("a", "c")));
        assertTrue(JaxrsComponents.missing(Set.of("a"), Set.of("a", "b")).isEmpty());
    }
}
