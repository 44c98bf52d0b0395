package org.shopdb.core.internal.openapi;

import java.util.Map;

/** A JAX-RS resource service ({@code osgi.jaxrs.resource=true}): its properties and the class its routes are read from. */
record WhiteboardResource(Map<String, Object> properties, Class<?> type, OwningBundle owner) {

    static final String APPLICATION_SELECT = "osgi.jaxrs.application.select";

    WhiteboardResource {
        properties = Map.copyOf(properties);
    }
}
