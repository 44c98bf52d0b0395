package org.shopdb.core.internal.openapi;

import java.util.List;

/**
 * One route of a resource class, relative to the application it is served in.
 *
 * @param method     the HTTP method, upper case
 * @param template   the JAX-RS path template below the application base (class, locator and method paths joined)
 * @param parameters path, query, header, cookie and form parameters the annotations declare
 * @param consumes   media types of {@code @Consumes} (method, else class), empty when none is declared
 * @param produces   media types of {@code @Produces} (method, else class), empty when none is declared
 * @param hasEntity  whether the method takes a request body (an unannotated parameter or form fields)
 * @param javaMethod {@code Class.method}, for messages
 */
record ResourceRoute(String method, String template, List<RouteParameter> parameters, List<String> consumes,
        List<String> produces, boolean hasEntity, String javaMethod) {

    ResourceRoute {
        parameters = List.copyOf(parameters);
        consumes = List.copyOf(consumes);
        produces = List.copyOf(produces);
    }
}
