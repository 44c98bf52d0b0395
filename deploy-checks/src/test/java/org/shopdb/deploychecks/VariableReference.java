package org.shopdb.deploychecks;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A {@code ${NAME}}, {@code ${NAME:-default}} or {@code ${NAME:?message}} substitution of
 * docker compose. {@code $$} is compose's escape for a literal dollar and is not a reference.
 */
record VariableReference(String name, String operator, String argument) {

    private static final Pattern REFERENCE =
            Pattern.compile("(?<!\\$)\\$\\{([A-Za-z_][A-Za-z0-9_]*)(?:(:?[-?+])([^}]*))?}");

    static List<VariableReference> in(String text) {
        List<VariableReference> references = new ArrayList<>();
        Matcher matcher = REFERENCE.matcher(text);
        while (matcher.find()) {
            references.add(new VariableReference(matcher.group(1),
                    matcher.group(2) == null ? "" : matcher.group(2),
                    matcher.group(3) == null ? "" : matcher.group(3)));
        }
        return references;
    }

    /** The value is exactly one reference, e.g. {@code ${SHOPDB_DB_PASSWORD:?set it}}. */
    static boolean isSingleReference(String value) {
        List<VariableReference> references = in(value);
        return references.size() == 1 && value.strip().equals(references.get(0).toString());
    }

    /** Compose refuses to start when the variable is unset or empty, with the message. */
    boolean isRequiredWithMessage() {
        return ":?".equals(operator) && !argument.isBlank();
    }

    @Override
    public String toString() {
        return "${" + name + operator + argument + "}";
    }
}
