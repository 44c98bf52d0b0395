package org.shopdb.core.internal.openapi;

import java.lang.reflect.Type;

/**
 * One parameter of a route as its JAX-RS annotations declare it.
 *
 * @param type         the Java type JAX-RS converts the value to
 * @param defaultValue the {@code @DefaultValue}, or {@code null}
 * @param pattern      for a path variable, the regular expression of its template, or {@code null}
 */
record RouteParameter(String name, ParameterLocation location, Type type, String defaultValue, String pattern) {

    static RouteParameter of(String name, ParameterLocation location, Type type, String defaultValue) {
        return new RouteParameter(name, location, type, defaultValue, null);
    }

    RouteParameter withName(String newName) {
        return new RouteParameter(newName, location, type, defaultValue, pattern);
    }

    RouteParameter withPattern(String newPattern) {
        return new RouteParameter(name, location, type, defaultValue, newPattern);
    }

    boolean sameAs(RouteParameter other) {
        return name.equals(other.name) && location == other.location;
    }
}
