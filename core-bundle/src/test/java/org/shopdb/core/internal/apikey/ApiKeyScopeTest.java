package org.shopdb.core.internal.apikey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.shopdb.api.error.ValidationException;

class ApiKeyScopeTest {

    @Test
    void noListMeansEveryCollector() {
        ApiKeyScope scope = ApiKeyScope.of(null);
        assertTrue(scope.all());
        assertTrue(scope.permits("cameras"));
        assertNull(scope.toColumn());
        assertEquals(scope, ApiKeyScope.fromColumn(null));
    }

    @Test
    void namedCollectorsOnlySortedAndDistinct() {
        ApiKeyScope scope = ApiKeyScope.of(List.of("printers", "cameras", "printers"));
        assertEquals(List.of("cameras", "printers"), scope.collectors());
        assertTrue(scope.permits("cameras"));
        assertFalse(scope.permits("plcs"));
        assertEquals("cameras,printers", scope.toColumn());
        assertEquals(scope, ApiKeyScope.fromColumn(scope.toColumn()));
    }

    @Test
    void emptyListsAndImpossibleNamesAreRefused() {
        assertThrows(ValidationException.class, () -> ApiKeyScope.of(List.of()));
        ValidationException bad = assertThrows(ValidationException.class, () -> ApiKeyScope.of(List.of("Cameras", "a,b")));
        assertEquals(2, bad.errors().size());
        assertEquals("collectors", bad.errors().get(0).field());
        assertThrows(ValidationException.class, () -> ApiKeyScope.of(Arrays.asList("cameras", null)));
    }
}
