package org.shopdb.deploychecks;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** One instruction of a Dockerfile: its keyword and the rest of the (joined) line. */
record DockerInstruction(String keyword, String arguments) {

    static DockerInstruction of(String line) {
        int space = line.indexOf(' ');
        String keyword = (space < 0 ? line : line.substring(0, space)).toUpperCase(Locale.ROOT);
        return new DockerInstruction(keyword, space < 0 ? "" : line.substring(space).strip());
    }

    boolean is(String otherKeyword) {
        return keyword.equalsIgnoreCase(otherKeyword);
    }

    /** The leading {@code --name=value} options, e.g. {@code from} and {@code chown} of COPY. */
    Map<String, String> flags() {
        Map<String, String> flags = new LinkedHashMap<>();
        for (String word : words()) {
            if (!word.startsWith("--")) {
                break;
            }
            String[] pair = word.substring(2).split("=", 2);
            flags.put(pair[0], pair.length > 1 ? pair[1] : "");
        }
        return flags;
    }

    Optional<String> flag(String name) {
        return Optional.ofNullable(flags().get(name));
    }

    /** The words after the options, for the shell form; the array items, for the exec form. */
    List<String> operands() {
        String rest = arguments;
        for (String word : words()) {
            if (!word.startsWith("--")) {
                break;
            }
            rest = rest.substring(rest.indexOf(word) + word.length()).strip();
        }
        if (rest.startsWith("[")) {
            return execForm(rest);
        }
        return rest.isEmpty() ? List.of() : Arrays.asList(rest.split("\\s+"));
    }

    private List<String> words() {
        return arguments.isEmpty() ? List.of() : Arrays.asList(arguments.split("\\s+"));
    }

    /** A JSON array is a YAML flow sequence, so the YAML parser reads the exec form. */
    private static List<String> execForm(String json) {
        Object parsed = new Yaml(new SafeConstructor(new LoaderOptions())).load(json);
        List<String> items = new ArrayList<>();
        for (Object item : (List<?>) parsed) {
            items.add(String.valueOf(item));
        }
        return items;
    }
}
