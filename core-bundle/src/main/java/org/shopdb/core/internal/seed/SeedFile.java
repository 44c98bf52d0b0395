package org.shopdb.core.internal.seed;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

import org.shopdb.core.internal.rest.Json;
import org.shopdb.core.internal.rest.JsonProblems;

import com.fasterxml.jackson.core.JsonProcessingException;

/** Reads a seed file into a checked {@link SeedDocument}; anything wrong is one message naming the file and every problem. */
public final class SeedFile {

    private SeedFile() {
    }

    /** @throws IllegalArgumentException when the file is missing, not JSON, or not a valid seed document */
    public static SeedDocument read(Path file) {
        SeedDocument document;
        try {
            document = Json.MAPPER.readValue(Files.readAllBytes(file), SeedDocument.class);
        } catch (NoSuchFileException e) {
            throw new IllegalArgumentException("No seed file " + file);
        } catch (JsonProcessingException e) {
            String field = JsonProblems.field(e);
            String problem = JsonProblems.isSyntax(e) ? "is not valid JSON" + JsonProblems.where(e)
                    : field.isEmpty() ? "must hold a JSON object" + JsonProblems.where(e)
                    : "field '" + field + "' " + JsonProblems.problem(e) + JsonProblems.where(e);
            throw new IllegalArgumentException("Seed file " + file + " " + problem);
        } catch (IOException e) {
            throw new IllegalArgumentException("Cannot read seed file " + file + ": " + e.getMessage());
        }
        if (document == null) {
            throw new IllegalArgumentException("Seed file " + file + " is empty");
        }
        List<String> problems = SeedValidator.problems(document);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("Seed file " + file + " has " + problems.size() + " problem(s), nothing was seeded:\n  "
                    + String.join("\n  ", problems));
        }
        return document;
    }
}
