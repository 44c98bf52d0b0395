package org.shopdb.core.internal.plugin;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class VersionFiltersTest {

    @Test
    void theFilterBndWritesForARangeReadsAsThatRange() {
        assertEquals("[2.0.0,3.0.0)", VersionFilters.describe("(&(version>=2.0.0)(!(version>=3.0.0)))", "version"));
        assertEquals("[1.0.0,1.5.0]", VersionFilters.describe("(&(version>=1.0.0)(version<=1.5.0))", "version"));
        assertEquals("(1.0.0,2.0.0)", VersionFilters.describe("(&(!(version<=1.0.0))(!(version>=2.0.0)))", "version"));
        assertEquals("[1.2.3,1.2.3]", VersionFilters.describe("(version=1.2.3)", "version"));
    }

    @Test
    void aLowerBoundAloneReadsAsOrLater() {
        assertEquals("1.0.0 or later", VersionFilters.describe("(version>=1.0)", "version"));
    }

    @Test
    void otherAttributesAreSkipped() {
        assertEquals("[1.2.0,2.0.0)",
                VersionFilters.describe("(&(osgi.wiring.package=org.example)(version>=1.2.0)(!(version>=2.0.0)))", "version"));
        assertEquals("any", VersionFilters.describe("(osgi.wiring.package=org.example)", "version"));
        assertEquals("any", VersionFilters.describe(null, "version"));
    }

    @Test
    void anyOtherShapeIsShownAsItIs() {
        String disjunction = "(|(version>=1.0.0)(version>=3.0.0))";
        assertEquals(disjunction, VersionFilters.describe(disjunction, "version"));
        String notAVersion = "(version>=one)";
        assertEquals(notAVersion, VersionFilters.describe(notAVersion, "version"));
    }
}
