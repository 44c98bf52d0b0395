package org.shopdb.core.internal.openapi;

import java.util.List;
import java.util.Map;

/**
 * A JAX-RS application the whiteboard serves, as far as routes are concerned.
 *
 * @param properties its service properties, which resources' application-select filters match
 * @param classes    the resource classes it returns from {@code getClasses()} and {@code getSingletons()}
 */
record WhiteboardApplication(String name, String base, Map<String, Object> properties, int ranking, long serviceId,
        OwningBundle owner, List<Class<?>> classes) {

    static final String NAME = "osgi.jaxrs.name";
    static final String BASE = "osgi.jaxrs.application.base";
    /** The application resources without an application-select filter join. */
    static final String DEFAULT_NAME = ".default";

    WhiteboardApplication {
        properties = Map.copyOf(properties);
        classes = List.copyOf(classes);
    }

    /** The whiteboard's own default application at the root, unless a service replaces it. */
    static WhiteboardApplication implicitDefault() {
        return new WhiteboardApplication(DEFAULT_NAME, "/", Map.of(NAME, DEFAULT_NAME, BASE, "/"), Integer.MIN_VALUE,
                Long.MAX_VALUE, new OwningBundle(0, "org.apache.aries.jax.rs.whiteboard"), List.of());
    }
}
