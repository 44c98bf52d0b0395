package org.shopdb.core.internal.openapi;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A JAX-RS path template in OpenAPI form: {@code /api/things/{id: [0-9]+}} becomes
 * {@code /api/things/{id}}, and the regular expression is kept per variable.
 *
 * @param path     the OpenAPI path, variables without their expressions
 * @param patterns each variable in order of appearance, with its regular expression or {@code null}
 */
record PathTemplate(String path, Map<String, String> patterns) {

    PathTemplate {
        patterns = Collections.unmodifiableMap(new LinkedHashMap<>(patterns));
    }

    /** Joins segments as JAX-RS does: one slash between parts, a leading slash, no trailing slash but for the root. */
    static String join(String... parts) {
        String joined = ("/" + String.join("/", parts)).replaceAll("/{2,}", "/");
        return joined.length() > 1 && joined.endsWith("/") ? joined.substring(0, joined.length() - 1) : joined;
    }

    /** Parses a joined template; braces nested in a variable's expression (e.g. {@code [0-9]{2}}) belong to it. */
    static PathTemplate parse(String template) {
        StringBuilder path = new StringBuilder();
        Map<String, String> patterns = new LinkedHashMap<>();
        int index = 0;
        while (index < template.length()) {
            char next = template.charAt(index);
            if (next != '{') {
                path.append(next);
                index++;
                continue;
            }
            int end = closingBrace(template, index);
            String variable = template.substring(index + 1, end);
            int colon = variable.indexOf(':');
            String name = (colon < 0 ? variable : variable.substring(0, colon)).trim();
            String pattern = colon < 0 ? null : variable.substring(colon + 1).trim();
            patterns.putIfAbsent(name, pattern == null || pattern.isEmpty() ? null : pattern);
            path.append('{').append(name).append('}');
            index = end + 1;
        }
        return new PathTemplate(path.toString(), patterns);
    }

    List<String> variables() {
        return List.copyOf(patterns.keySet());
    }

    /** The path with every variable reduced to {@code {}}: two templates of one shape match the same requests. */
    String shape() {
        return shapeOf(path);
    }

    static String shapeOf(String openApiPath) {
        return openApiPath.replaceAll("\\{[^}/]*}", "{}");
    }

    private static int closingBrace(String template, int open) {
        int depth = 0;
        for (int index = open; index < template.length(); index++) {
            char next = template.charAt(index);
            if (next == '{') {
                depth++;
            } else if (next == '}' && --depth == 0) {
                return index;
            }
        }
        throw new IllegalArgumentException("Unbalanced '{' in path template " + template);
    }
}
