package org.shopdb.core.internal.plugin;

import java.util.Map;

import org.osgi.framework.Constants;

/**
 * A hook service and the bundle that registered it.
 *
 * @param bundleId the registering bundle, which the hook is attributed to
 */
public record Hook<T>(long bundleId, T service) {

    /** From a Declarative Services tuple: the service's properties name its bundle. */
    static <T> Hook<T> of(Map.Entry<Map<String, Object>, T> tuple) {
        Object bundle = tuple.getKey().get(Constants.SERVICE_BUNDLEID);
        return new Hook<>(bundle instanceof Number number ? number.longValue() : -1, tuple.getValue());
    }
}
