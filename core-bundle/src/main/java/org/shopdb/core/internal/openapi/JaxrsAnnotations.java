package org.shopdb.core.internal.openapi;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

import javax.ws.rs.HttpMethod;

/**
 * Finds JAX-RS annotations where the runtime finds them: a method without JAX-RS
 * annotations of its own inherits those of the method it overrides or implements, and a
 * class may take its {@code @Path}, {@code @Produces} or {@code @Consumes} from a superclass
 * or an interface (as CXF does).
 */
final class JaxrsAnnotations {

    private static final String JAXRS_PACKAGE = "javax.ws.rs";

    private JaxrsAnnotations() {
    }

    static <A extends Annotation> A onClass(Class<?> type, Class<A> annotation) {
        for (Class<?> candidate : hierarchy(type)) {
            A found = candidate.getAnnotation(annotation);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    /** The declaration of {@code method} that carries its JAX-RS annotations: itself, or what it overrides or implements. */
    static Optional<Method> annotatedDeclaration(Class<?> type, Method method) {
        if (isAnnotated(method)) {
            return Optional.of(method);
        }
        for (Class<?> candidate : hierarchy(type)) {
            try {
                Method declared = candidate.getDeclaredMethod(method.getName(), method.getParameterTypes());
                if (isAnnotated(declared)) {
                    return Optional.of(declared);
                }
            } catch (NoSuchMethodException notDeclaredHere) {
                // keep looking up the hierarchy
            }
        }
        return Optional.empty();
    }

    /** The HTTP method of a resource method ({@code GET}, …, or a custom one), or {@code null} for a sub-resource locator. */
    static String httpMethod(Method method) {
        for (Annotation annotation : method.getAnnotations()) {
            HttpMethod httpMethod = annotation.annotationType().getAnnotation(HttpMethod.class);
            if (httpMethod != null) {
                return httpMethod.value();
            }
        }
        return null;
    }

    private static boolean isAnnotated(Method method) {
        for (Annotation annotation : method.getAnnotations()) {
            if (isJaxrs(annotation)) {
                return true;
            }
        }
        for (Annotation[] parameter : method.getParameterAnnotations()) {
            for (Annotation annotation : parameter) {
                if (isJaxrs(annotation)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean isJaxrs(Annotation annotation) {
        Class<? extends Annotation> type = annotation.annotationType();
        return type.getPackageName().startsWith(JAXRS_PACKAGE) || type.isAnnotationPresent(HttpMethod.class);
    }

    /** The class, its superclasses, then every interface they implement, nearest first. */
    private static List<Class<?>> hierarchy(Class<?> type) {
        List<Class<?>> classes = new ArrayList<>();
        for (Class<?> current = type; current != null && current != Object.class; current = current.getSuperclass()) {
            classes.add(current);
        }
        List<Class<?>> all = new ArrayList<>(classes);
        Deque<Class<?>> interfaces = new ArrayDeque<>();
        classes.forEach(declaring -> interfaces.addAll(List.of(declaring.getInterfaces())));
        while (!interfaces.isEmpty()) {
            Class<?> next = interfaces.removeFirst();
            if (!all.contains(next)) {
                all.add(next);
                interfaces.addAll(List.of(next.getInterfaces()));
            }
        }
        return all;
    }
}
