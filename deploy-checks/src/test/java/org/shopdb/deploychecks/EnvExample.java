package org.shopdb.deploychecks;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * docker/.env.example: each variable as {@code NAME=value}, or {@code # NAME=value} when
 * optional, with the comment block directly above it describing it.
 */
final class EnvExample {

    /** One variable of the file. */
    record Entry(String name, String value, boolean commentedOut, String description) {

        boolean isRequired() {
            return description.startsWith("Required");
        }

        boolean isOptional() {
            return description.startsWith("Optional");
        }
    }

    private static final Pattern ASSIGNMENT = Pattern.compile("^(#\\s*)?([A-Z][A-Z0-9_]*)=(.*)$");

    private final Map<String, Entry> entries;

    private EnvExample(Map<String, Entry> entries) {
        this.entries = entries;
    }

    static EnvExample read() {
        return parse(Repo.read(Repo.ENV_EXAMPLE));
    }

    static EnvExample parse(String text) {
        Map<String, Entry> entries = new LinkedHashMap<>();
        List<String> comment = new ArrayList<>();
        for (String raw : text.split("\\R")) {
            String line = raw.strip();
            Matcher assignment = ASSIGNMENT.matcher(line);
            if (assignment.matches()) {
                String name = assignment.group(2);
                entries.put(name, new Entry(name, assignment.group(3), assignment.group(1) != null,
                        String.join(" ", comment).strip()));
                comment.clear();
            } else if (line.startsWith("#")) {
                comment.add(line.substring(1).strip());
            } else {
                comment.clear();
            }
        }
        return new EnvExample(entries);
    }

    Map<String, Entry> entries() {
        return entries;
    }
}
