package org.shopdb.core.internal.seed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SeedFileTest {

    /** The documented example, as shipped in docs/. */
    static final Path EXAMPLE = Path.of("..", "docs", "examples", "site-seed.json");

    @TempDir
    Path folder;

    @Test
    void theDocumentedExampleIsAValidSeed() {
        SeedDocument example = SeedFile.read(EXAMPLE);
        assertFalse(example.businessUnits().isEmpty());
        assertFalse(example.statuses().isEmpty());
        SeedDocument.LocationSeed site = example.locations().get(0);
        assertEquals("site", site.kind());
        assertEquals("building", site.children().get(0).kind());
        assertEquals("area", site.children().get(0).children().get(0).kind());
        assertEquals("cell", site.children().get(0).children().get(0).children().get(0).kind());
    }

    @Test
    void everyListMayBeLeftOut() throws IOException {
        SeedDocument document = SeedFile.read(write("{\"businessunits\": [{\"code\": \"QA\", \"name\": \"Quality\"}]}"));
        assertEquals(1, document.businessUnits().size());
        assertTrue(document.statuses().isEmpty() && document.locations().isEmpty());
    }

    @Test
    void brokenJsonNamesTheFileAndThePlace() throws IOException {
        Path file = write("{\"businessunits\": [\n  {\"code\": \"QA\",, }]}");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> SeedFile.read(file));
        assertTrue(e.getMessage().contains(file.toString()) && e.getMessage().contains("line 2"), e.getMessage());
    }

    @Test
    void unknownFieldsAndWrongTypesNameTheFieldNotAJavaClass() throws IOException {
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
                () -> SeedFile.read(write("{\"locations\": [{\"kind\": \"site\", \"code\": \"N\", \"name\": \"N\", \"colour\": \"red\"}]}")));
        assertTrue(unknown.getMessage().contains("locations.[0].colour") && unknown.getMessage().contains("not a known field"), unknown.getMessage());
        IllegalArgumentException wrongType = assertThrows(IllegalArgumentException.class,
                () -> SeedFile.read(write("{\"statuses\": [{\"code\": \"x\", \"name\": \"X\", \"sortorder\": \"first\"}]}")));
        assertTrue(wrongType.getMessage().contains("statuses.[0].sortorder"), wrongType.getMessage());
        assertFalse(wrongType.getMessage().contains("org.shopdb") || unknown.getMessage().contains("org.shopdb"));
    }

    @Test
    void invalidContentListsEveryProblemAndSeedsNothing() throws IOException {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> SeedFile.read(write(
                "{\"businessunits\": [{\"code\": \"QA\"}], \"locations\": [{\"kind\": \"cell\", \"code\": \"C\", \"name\": \"C\"}]}")));
        assertTrue(e.getMessage().contains("2 problem(s)") && e.getMessage().contains("businessunits[0].name")
                && e.getMessage().contains("locations[0].kind"), e.getMessage());
    }

    @Test
    void missingOrEmptyFileIsSaidSo() throws IOException {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> SeedFile.read(folder.resolve("nope.json"))).getMessage()
                .contains("No seed file"));
        assertThrows(IllegalArgumentException.class, () -> SeedFile.read(write("")));
        assertThrows(IllegalArgumentException.class, () -> SeedFile.read(write("[]")));
    }

    private Path write(String json) throws IOException {
        Path file = Files.createTempFile(folder, "seed", ".json");
        Files.writeString(file, json);
        return file;
    }
}
