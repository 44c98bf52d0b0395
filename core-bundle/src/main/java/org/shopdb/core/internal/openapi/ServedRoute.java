package org.shopdb.core.internal.openapi;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A route the whiteboard serves: a resource route under the base of the application it is
 * bound to. Every path variable has a path parameter, typed by its {@code @PathParam} where
 * one is declared (a string otherwise, e.g. when the method reads it from {@code UriInfo}).
 */
record ServedRoute(String method, PathTemplate template, List<RouteParameter> parameters, List<String> consumes,
        List<String> produces, boolean hasEntity, OwningBundle owner, String javaMethod) {

    ServedRoute {
        parameters = List.copyOf(parameters);
    }

    static ServedRoute of(String applicationBase, ResourceRoute route, OwningBundle owner) {
        PathTemplate template = PathTemplate.parse(PathTemplate.join(applicationBase, route.template()));
        List<RouteParameter> parameters = new ArrayList<>();
        for (String variable : template.variables()) {
            RouteParameter declared = route.parameters().stream()
                    .filter(parameter -> parameter.location() == ParameterLocation.PATH && parameter.name().equals(variable))
                    .findFirst().orElse(RouteParameter.of(variable, ParameterLocation.PATH, String.class, null));
            parameters.add(declared.withPattern(template.patterns().get(variable)));
        }
        route.parameters().stream().filter(parameter -> parameter.location() != ParameterLocation.PATH).forEach(parameters::add);
        return new ServedRoute(route.method(), template, parameters, route.consumes(), route.produces(), route.hasEntity(),
                owner, route.javaMethod());
    }

    String path() {
        return template.path();
    }

    /** Method and path shape: two routes with the same key answer the same requests. */
    String key() {
        return key(method, template.shape());
    }

    static String key(String method, String shape) {
        return method.toUpperCase(Locale.ROOT) + " " + shape;
    }

    /**
     * This route on a path of the same shape whose variables are named differently: OpenAPI
     * allows one path item per shape, so the first route's names are used by all.
     */
    ServedRoute onPath(PathTemplate canonical) {
        if (canonical.path().equals(template.path())) {
            return this;
        }
        List<String> ours = template.variables();
        List<String> theirs = canonical.variables();
        List<RouteParameter> renamed = parameters.stream().map(parameter -> parameter.location() == ParameterLocation.PATH
                ? parameter.withName(theirs.get(ours.indexOf(parameter.name())))
                : parameter).toList();
        return new ServedRoute(method, canonical, renamed, consumes, produces, hasEntity, owner, javaMethod);
    }
}
