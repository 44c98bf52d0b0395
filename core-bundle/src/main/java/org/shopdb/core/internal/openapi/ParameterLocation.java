package org.shopdb.core.internal.openapi;

import java.util.Locale;

/** Where a request carries a parameter; {@link #FORM} fields are part of the request body, not OpenAPI parameters. */
enum ParameterLocation {
    PATH, QUERY, HEADER, COOKIE, FORM;

    /** The value of an OpenAPI parameter's {@code in}. */
    String openApiName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
