package org.shopdb.testkit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Splits an OSGi manifest header ({@code Provide-Capability}, ...) into its clauses. */
final class ManifestClauses {

    /**
     * One clause: {@code namespace;attr:Type="value";directive:="value"}.
     *
     * @param attributes values by attribute name, type suffix removed ({@code version:Version} → {@code version})
     */
    record Clause(String name, Map<String, String> attributes, Map<String, String> directives) {
    }

    private ManifestClauses() {
    }

    static List<Clause> parse(String header) {
        List<Clause> clauses = new ArrayList<>();
        if (header == null || header.isBlank()) {
            return clauses;
        }
        for (String clause : split(header, ',')) {
            List<String> parts = split(clause, ';');
            Map<String, String> attributes = new LinkedHashMap<>();
            Map<String, String> directives = new LinkedHashMap<>();
            for (String part : parts.subList(1, parts.size())) {
                int directive = part.indexOf(":=");
                if (directive > 0) {
                    directives.put(part.substring(0, directive).trim(), unquote(part.substring(directive + 2)));
                    continue;
                }
                int equals = part.indexOf('=');
                if (equals > 0) {
                    String key = part.substring(0, equals).trim();
                    int type = key.indexOf(':');
                    attributes.put(type > 0 ? key.substring(0, type) : key, unquote(part.substring(equals + 1)));
                }
            }
            clauses.add(new Clause(parts.get(0).trim(), attributes, directives));
        }
        return clauses;
    }

    /** Splits on the separator outside double quotes. */
    private static List<String> split(String text, char separator) {
        List<String> pieces = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        for (char c : text.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            }
            if (c == separator && !quoted) {
                pieces.add(current.toString());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        pieces.add(current.toString());
        return pieces;
    }

    private static String unquote(String value) {
        String trimmed = value.trim();
        return trimmed.length() >= 2 && trimmed.startsWith("\"") && trimmed.endsWith("\"")
                ? trimmed.substring(1, trimmed.length() - 1) : trimmed;
    }
}
