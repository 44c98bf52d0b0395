package org.shopdb.core.internal.seed;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.shopdb.api.reference.LocationKind;

/**
 * Checks a whole {@link SeedDocument} before anything is written, naming every problem
 * with its place in the file ({@code locations[0].children[2].kind: …}).
 */
final class SeedValidator {

    static final int CODE_MAX = 50;
    static final int NAME_MAX = 100;

    private final List<String> problems = new ArrayList<>();

    private SeedValidator() {
    }

    /** Every problem of the document; empty when it can be seeded. */
    static List<String> problems(SeedDocument document) {
        SeedValidator validator = new SeedValidator();
        validator.check(document);
        return List.copyOf(validator.problems);
    }

    /** The kind a seed file names, in any case; empty for an unknown one. */
    static Optional<LocationKind> kind(String name) {
        if (name == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocationKind.valueOf(name.trim().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException unknown) {
            return Optional.empty();
        }
    }

    private void check(SeedDocument document) {
        Set<String> unitCodes = new HashSet<>();
        for (int i = 0; i < document.businessUnits().size(); i++) {
            SeedDocument.BusinessUnitSeed unit = document.businessUnits().get(i);
            codeAndName("businessunits[" + i + "]", unit.code(), unit.name(), unitCodes);
        }
        Set<String> statusCodes = new HashSet<>();
        for (int i = 0; i < document.statuses().size(); i++) {
            SeedDocument.StatusSeed status = document.statuses().get(i);
            codeAndName("statuses[" + i + "]", status.code(), status.name(), statusCodes);
        }
        Set<String> locationCodes = new HashSet<>();
        for (int i = 0; i < document.locations().size(); i++) {
            location("locations[" + i + "]", document.locations().get(i), true, null, locationCodes);
        }
    }

    /** @param parent the parent's kind; {@code null} at the top or when the parent's own kind is wrong */
    private void location(String at, SeedDocument.LocationSeed location, boolean topLevel, LocationKind parent, Set<String> codes) {
        codeAndName(at, location.code(), location.name(), codes);
        Optional<LocationKind> kind = kind(location.kind());
        if (kind.isEmpty()) {
            problems.add(at + ".kind: must be site, building, area or cell, got " + quoted(location.kind()));
        } else if (topLevel && kind.get() != LocationKind.SITE) {
            problems.add(at + ".kind: a top-level location must be a site, got " + quoted(location.kind()));
        } else if (parent != null && kind.get().ordinal() <= parent.ordinal()) {
            problems.add(at + ".kind: a " + lower(kind.get()) + " cannot be inside a " + lower(parent));
        }
        for (int i = 0; i < location.children().size(); i++) {
            location(at + ".children[" + i + "]", location.children().get(i), false, kind.orElse(null), codes);
        }
    }

    private void codeAndName(String at, String code, String name, Set<String> codes) {
        if (code == null || code.isBlank()) {
            problems.add(at + ".code: is required");
        } else if (code.length() > CODE_MAX) {
            problems.add(at + ".code: must be at most " + CODE_MAX + " characters");
        } else if (!codes.add(code)) {
            problems.add(at + ".code: " + code + " appears more than once");
        }
        if (name == null || name.isBlank()) {
            problems.add(at + ".name: is required");
        } else if (name.length() > NAME_MAX) {
            problems.add(at + ".name: must be at most " + NAME_MAX + " characters");
        }
    }

    private static String lower(LocationKind kind) {
        return kind.name().toLowerCase(Locale.ROOT);
    }

    private static String quoted(String value) {
        return value == null ? "nothing" : "'" + value + "'";
    }
}
