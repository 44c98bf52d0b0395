package org.shopdb.deploychecks;

import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** docker-compose.yml parsed as YAML, with accessors for the parts the checks look at. */
final class ComposeFile {

    private final String text;
    private final Map<String, Object> root;

    private ComposeFile(String text, Map<String, Object> root) {
        this.text = text;
        this.root = root;
    }

    static ComposeFile read() {
        String text = Repo.read(Repo.COMPOSE_FILE);
        Object parsed = new Yaml(new SafeConstructor(new LoaderOptions())).load(text);
        if (!(parsed instanceof Map)) {
            fail(Repo.COMPOSE_FILE + " is not a YAML mapping");
        }
        return new ComposeFile(text, asMap(parsed, "the top level"));
    }

    String text() {
        return text;
    }

    Set<String> serviceNames() {
        return section("services").keySet();
    }

    Map<String, Object> service(String name) {
        Object service = section("services").get(name);
        if (service == null) {
            fail(Repo.COMPOSE_FILE + " has no service '" + name + "' (services: " + serviceNames() + ")");
        }
        return asMap(service, "service " + name);
    }

    /** The volumes declared at the top level, i.e. the named volumes. */
    Set<String> namedVolumes() {
        return section("volumes").keySet();
    }

    /** The service's environment, in either the mapping or the {@code KEY=value} list form. */
    Map<String, String> environment(String serviceName) {
        Object environment = service(serviceName).get("environment");
        Map<String, String> result = new LinkedHashMap<>();
        if (environment instanceof Map<?, ?> map) {
            map.forEach((key, value) -> result.put(String.valueOf(key), value == null ? null : String.valueOf(value)));
        } else if (environment instanceof List<?> list) {
            for (Object item : list) {
                String[] pair = String.valueOf(item).split("=", 2);
                result.put(pair[0], pair.length > 1 ? pair[1] : null);
            }
        }
        return result;
    }

    /** A list-valued key of a service as strings (short syntax entries); empty when absent. */
    List<String> stringList(String serviceName, String key) {
        Object value = service(serviceName).get(key);
        List<String> result = new ArrayList<>();
        if (value instanceof List<?> list) {
            list.forEach(item -> result.add(String.valueOf(item)));
        } else if (value != null) {
            fail("service " + serviceName + ": '" + key + "' should be a list of short-syntax entries, is " + value);
        }
        return result;
    }

    private Map<String, Object> section(String key) {
        Object section = root.get(key);
        return section == null ? Map.of() : asMap(section, "'" + key + "'");
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> asMap(Object value, String what) {
        if (value == null) {
            return Map.of();
        }
        if (!(value instanceof Map)) {
            fail(Repo.COMPOSE_FILE + ": " + what + " should be a mapping, is " + value);
        }
        return (Map<String, Object>) value;
    }
}
