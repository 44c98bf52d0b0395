package org.shopdb.core.internal.openapi;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.osgi.framework.Filter;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.InvalidSyntaxException;

/**
 * Which routes the JAX-RS whiteboard serves, worked out as it does: each resource joins
 * every application its {@code osgi.jaxrs.application.select} filter matches (the default
 * application at the root when it has none), under that application's base; of two
 * applications with one name or one base only the higher-ranked is served; an
 * application's own classes are served under its base as well.
 */
final class WhiteboardRoutes {

    private static final Comparator<WhiteboardApplication> PRECEDENCE = Comparator
            .comparingInt(WhiteboardApplication::ranking).reversed()
            .thenComparingLong(WhiteboardApplication::serviceId);

    private WhiteboardRoutes() {
    }

    static List<ServedRoute> served(Collection<WhiteboardApplication> applications, Collection<WhiteboardResource> resources) {
        List<WhiteboardApplication> served = servedApplications(applications);
        List<ServedRoute> routes = new ArrayList<>();
        for (WhiteboardApplication application : served) {
            for (Class<?> type : application.classes()) {
                add(routes, application, type, application.owner());
            }
        }
        for (WhiteboardResource resource : resources) {
            for (WhiteboardApplication application : applicationsOf(resource, served)) {
                add(routes, application, resource.type(), resource.owner());
            }
        }
        return routes;
    }

    private static void add(List<ServedRoute> routes, WhiteboardApplication application, Class<?> type, OwningBundle owner) {
        for (ResourceRoute route : ResourceIntrospector.routes(type)) {
            routes.add(ServedRoute.of(application.base(), route, owner));
        }
    }

    private static List<WhiteboardApplication> servedApplications(Collection<WhiteboardApplication> applications) {
        List<WhiteboardApplication> candidates = new ArrayList<>(applications);
        if (candidates.stream().noneMatch(application -> WhiteboardApplication.DEFAULT_NAME.equals(application.name()))) {
            candidates.add(WhiteboardApplication.implicitDefault());
        }
        candidates.sort(PRECEDENCE);
        Set<String> names = new HashSet<>();
        Set<String> bases = new HashSet<>();
        List<WhiteboardApplication> served = new ArrayList<>();
        for (WhiteboardApplication application : candidates) {
            if (application.base() == null) {
                continue;
            }
            String base = PathTemplate.join(application.base());
            boolean shadowed = application.name() != null && !names.add(application.name());
            if (!shadowed && bases.add(base)) {
                served.add(application);
            }
        }
        return served;
    }

    private static List<WhiteboardApplication> applicationsOf(WhiteboardResource resource, List<WhiteboardApplication> served) {
        Object select = resource.properties().get(WhiteboardResource.APPLICATION_SELECT);
        if (select == null) {
            return served.stream().filter(application -> WhiteboardApplication.DEFAULT_NAME.equals(application.name())).toList();
        }
        Optional<Filter> filter = filter(select);
        if (filter.isEmpty()) {
            return List.of();
        }
        return served.stream().filter(application -> filter.get().matches(application.properties())).toList();
    }

    private static Optional<Filter> filter(Object select) {
        String text = select instanceof String[] several && several.length == 1 ? several[0] : String.valueOf(select);
        try {
            return Optional.of(FrameworkUtil.createFilter(text));
        } catch (InvalidSyntaxException invalid) {
            return Optional.empty();
        }
    }
}
