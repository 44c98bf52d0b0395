package org.shopdb.itests;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javax.ws.rs.HttpMethod;
import javax.ws.rs.Path;

import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;

/**
 * Every route of every JAX-RS resource registered with the whiteboard, read from the
 * resource services themselves (their {@code @Path} and HTTP-method annotations) and the
 * base of the application each selects — so a sweep covers routes added later without
 * anyone listing them. (Aries 2.0.2's {@code JaxrsServiceRuntime.getRuntimeDTO()} throws a
 * NullPointerException here, so the DTOs cannot be used.)
 */
public final class ServedRoutes {

    private static final String RESOURCE = "(osgi.jaxrs.resource=true)";
    private static final String APPLICATION_SELECT = "osgi.jaxrs.application.select";
    private static final String APPLICATION_BASE = "osgi.jaxrs.application.base";

    /** One served route, path templates filled with {@code 1}. */
    public record Route(String method, String path) {

        public boolean isWrite() {
            return !List.of("GET", "HEAD", "OPTIONS").contains(method);
        }
    }

    private ServedRoutes() {
    }

    public static List<Route> of(BundleContext context) throws InvalidSyntaxException {
        List<Route> routes = new ArrayList<>();
        ServiceReference<?>[] resources = context.getServiceReferences((String) null, RESOURCE);
        for (ServiceReference<?> reference : resources == null ? new ServiceReference<?>[0] : resources) {
            Object resource = context.getService(reference);
            try {
                String base = applicationBase(context, reference);
                if (base != null) {
                    collect(routes, base, resource.getClass());
                }
            } finally {
                context.ungetService(reference);
            }
        }
        return routes;
    }

    /** The base of the application the resource selects, or {@code null} when none is registered. */
    private static String applicationBase(BundleContext context, ServiceReference<?> resource) throws InvalidSyntaxException {
        Object select = resource.getProperty(APPLICATION_SELECT);
        if (select == null) {
            return "/";
        }
        ServiceReference<?>[] applications = context.getServiceReferences((String) null, "(" + APPLICATION_BASE + "=*)");
        for (ServiceReference<?> application : applications == null ? new ServiceReference<?>[0] : applications) {
            if (FrameworkUtil.createFilter(String.valueOf(select)).match(application)) {
                return String.valueOf(application.getProperty(APPLICATION_BASE));
            }
        }
        return null; // not served (yet): e.g. a plugin's resource before the plugin is live
    }

    private static void collect(List<Route> routes, String base, Class<?> type) {
        Path classPath = type.getAnnotation(Path.class);
        for (Method method : type.getMethods()) {
            String httpMethod = httpMethod(method);
            if (httpMethod == null) {
                continue;
            }
            Path methodPath = method.getAnnotation(Path.class);
            String path = ("/" + base + "/" + (classPath == null ? "" : classPath.value()) + "/"
                    + (methodPath == null ? "" : methodPath.value()))
                    .replaceAll("/+", "/").replaceAll("\\{[^}]+}", "1");
            if (path.length() > 1 && path.endsWith("/")) {
                path = path.substring(0, path.length() - 1);
            }
            routes.add(new Route(httpMethod.toUpperCase(Locale.ROOT), path));
        }
    }

    private static String httpMethod(Method method) {
        for (Annotation annotation : method.getAnnotations()) {
            HttpMethod httpMethod = annotation.annotationType().getAnnotation(HttpMethod.class);
            if (httpMethod != null) {
                return httpMethod.value();
            }
        }
        return null;
    }
}
