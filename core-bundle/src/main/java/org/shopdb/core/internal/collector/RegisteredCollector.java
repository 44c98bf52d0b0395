package org.shopdb.core.internal.collector;

import java.util.List;
import java.util.Objects;

import org.shopdb.api.plugin.Collector;

/**
 * A collector service as the core tracks it.
 *
 * @param schema        its compiled record schema; {@code null} when {@code schemaProblem} says why not
 * @param naturalKey    the fields that identify a record, read once on arrival
 * @param serviceId     the service registration's id: the higher, the newer
 * @param bundle        symbolic name of the bundle that registered it
 */
public record RegisteredCollector(String name, Collector collector, RecordSchema schema, String schemaProblem,
        List<String> naturalKey, long serviceId, String bundle) {

    public RegisteredCollector {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(collector, "collector");
        naturalKey = List.copyOf(naturalKey);
    }

    public boolean usable() {
        return schema != null;
    }
}
