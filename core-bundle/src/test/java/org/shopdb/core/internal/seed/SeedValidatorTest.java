package org.shopdb.core.internal.seed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.shopdb.core.internal.seed.SeedDocument.BusinessUnitSeed;
import org.shopdb.core.internal.seed.SeedDocument.LocationSeed;
import org.shopdb.core.internal.seed.SeedDocument.StatusSeed;

class SeedValidatorTest {

    @Test
    void aWellFormedHierarchyHasNoProblem() {
        LocationSeed cell = new LocationSeed("cell", "C1", "Cell 1", null);
        LocationSeed site = new LocationSeed("SITE", "S", "Site", List.of(new LocationSeed("building", "B", "Building",
                List.of(new LocationSeed("area", "A", "Area", List.of(cell)), new LocationSeed("cell", "C2", "Cell 2", null)))));
        assertEquals(List.of(), SeedValidator.problems(new SeedDocument(null, null, null, List.of(site))));
    }

    @Test
    void kindsMustDeepenFromASiteAtTheTop() {
        LocationSeed badChild = new LocationSeed("building", "B2", "B2", null);
        LocationSeed area = new LocationSeed("area", "A", "A", List.of(badChild));
        LocationSeed site = new LocationSeed("site", "S", "S", List.of(area, new LocationSeed("room", "R", "R", null)));
        List<String> problems = SeedValidator.problems(new SeedDocument(null, null, null,
                List.of(site, new LocationSeed("building", "B", "B", null))));
        assertEquals(List.of("locations[0].children[0].children[0].kind: a building cannot be inside a area",
                "locations[0].children[1].kind: must be site, building, area or cell, got 'room'",
                "locations[1].kind: a top-level location must be a site, got 'building'"), problems);
    }

    @Test
    void childrenOfAnUnknownKindAreNotBlamedForIt() {
        LocationSeed unknown = new LocationSeed("wing", "W", "W", List.of(new LocationSeed("cell", "C", "C", null)));
        List<String> problems = SeedValidator.problems(new SeedDocument(null, null, null,
                List.of(new LocationSeed("site", "S", "S", List.of(unknown)))));
        assertEquals(1, problems.size(), problems.toString());
    }

    @Test
    void codesAndNamesAreRequiredBoundedAndUniquePerKind() {
        List<String> problems = SeedValidator.problems(new SeedDocument(null,
                List.of(new BusinessUnitSeed("QA", "Quality"), new BusinessUnitSeed("QA", "Again"), new BusinessUnitSeed(null, "x".repeat(101))),
                List.of(new StatusSeed("QA", "Same code as a business unit: fine", null), new StatusSeed("x".repeat(51), " ", 5)),
                List.of()));
        assertEquals(List.of("businessunits[1].code: QA appears more than once", "businessunits[2].code: is required",
                "businessunits[2].name: must be at most 100 characters", "statuses[1].code: must be at most 50 characters",
                "statuses[1].name: is required"), problems);
    }

    @Test
    void locationCodesAreUniqueAcrossTheWholeTree() {
        List<String> problems = SeedValidator.problems(new SeedDocument(null, null, null, List.of(
                new LocationSeed("site", "X", "One", null),
                new LocationSeed("site", "S", "Two", List.of(new LocationSeed("building", "X", "Three", null))))));
        assertTrue(problems.equals(List.of("locations[1].children[0].code: X appears more than once")), problems.toString());
    }
}
