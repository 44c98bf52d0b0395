package org.shopdb.core.internal.openapi;

import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import javax.ws.rs.BeanParam;
import javax.ws.rs.Consumes;
import javax.ws.rs.CookieParam;
import javax.ws.rs.DefaultValue;
import javax.ws.rs.FormParam;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.MatrixParam;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.container.Suspended;
import javax.ws.rs.core.Context;

/**
 * Reads the routes of a JAX-RS resource class from its annotations, as the runtime
 * dispatches to it: class and method {@code @Path} (templates with regular expressions),
 * HTTP-method annotations, {@code @Produces}/{@code @Consumes}, the parameters
 * ({@code @PathParam}, {@code @QueryParam}, {@code @HeaderParam}, {@code @CookieParam},
 * {@code @FormParam}, {@code @BeanParam}; on method parameters and on fields) with their
 * types and {@code @DefaultValue}, and sub-resource locators followed to the class they return.
 */
final class ResourceIntrospector {

    /** Locators may return their own type; deeper nesting than this is not followed. */
    private static final int MAX_LOCATOR_DEPTH = 4;

    private ResourceIntrospector() {
    }

    /** The routes of a root resource class: its {@code @Path} is the first part of every route. */
    static List<ResourceRoute> routes(Class<?> type) {
        Path classPath = JaxrsAnnotations.onClass(type, Path.class);
        List<ResourceRoute> routes = new ArrayList<>();
        collect(type, classPath == null ? "" : classPath.value(), List.of(), routes, 0);
        return routes;
    }

    private static void collect(Class<?> type, String prefix, List<RouteParameter> inherited, List<ResourceRoute> routes, int depth) {
        List<RouteParameter> fieldParameters = new ArrayList<>(inherited);
        fieldParameters.addAll(fieldParameters(type));
        Method[] methods = type.getMethods();
        Arrays.sort(methods, (left, right) -> left.toGenericString().compareTo(right.toGenericString()));
        for (Method method : methods) {
            if (method.isBridge() || method.isSynthetic() || method.getDeclaringClass() == Object.class) {
                continue;
            }
            Optional<Method> declaration = JaxrsAnnotations.annotatedDeclaration(type, method);
            if (declaration.isEmpty()) {
                continue;
            }
            Method annotated = declaration.get();
            Path methodPath = annotated.getAnnotation(Path.class);
            String template = PathTemplate.join(prefix, methodPath == null ? "" : methodPath.value()).substring(1);
            String httpMethod = JaxrsAnnotations.httpMethod(annotated);
            Signature signature = signature(annotated);
            List<RouteParameter> parameters = new ArrayList<>(fieldParameters);
            parameters.addAll(signature.parameters());
            if (httpMethod != null) {
                routes.add(new ResourceRoute(httpMethod.toUpperCase(Locale.ROOT), template, distinct(parameters),
                        mediaTypes(annotated.getAnnotation(Consumes.class), JaxrsAnnotations.onClass(type, Consumes.class)),
                        mediaTypes(annotated.getAnnotation(Produces.class), JaxrsAnnotations.onClass(type, Produces.class)),
                        signature.hasEntity(), type.getName() + "." + method.getName()));
            } else if (methodPath != null && depth < MAX_LOCATOR_DEPTH && annotated.getReturnType() != Object.class) {
                collect(annotated.getReturnType(), template, parameters, routes, depth + 1);
            }
        }
    }

    private record Signature(List<RouteParameter> parameters, boolean hasEntity) {
    }

    private static Signature signature(Method method) {
        Annotation[][] annotations = method.getParameterAnnotations();
        Type[] types = method.getGenericParameterTypes();
        List<RouteParameter> parameters = new ArrayList<>();
        boolean entity = false;
        for (int index = 0; index < types.length; index++) {
            Optional<RouteParameter> parameter = parameter(annotations[index], types[index]);
            if (parameter.isPresent()) {
                parameters.add(parameter.get());
            } else if (has(annotations[index], BeanParam.class)) {
                parameters.addAll(fieldParameters(rawClass(types[index])));
            } else if (!isInjected(annotations[index])) {
                entity = true;
            }
        }
        boolean form = parameters.stream().anyMatch(parameter -> parameter.location() == ParameterLocation.FORM);
        return new Signature(parameters, entity || form);
    }

    /** Parameters injected into fields of a resource or {@code @BeanParam} class (and its superclasses). */
    private static List<RouteParameter> fieldParameters(Class<?> type) {
        List<RouteParameter> parameters = new ArrayList<>();
        for (Class<?> current = type; current != null && current != Object.class; current = current.getSuperclass()) {
            for (Field field : current.getDeclaredFields()) {
                if (!Modifier.isStatic(field.getModifiers())) {
                    parameter(field.getAnnotations(), field.getGenericType()).ifPresent(parameters::add);
                }
            }
        }
        return parameters;
    }

    private static Optional<RouteParameter> parameter(Annotation[] annotations, Type type) {
        String defaultValue = null;
        for (Annotation annotation : annotations) {
            if (annotation instanceof DefaultValue value) {
                defaultValue = value.value();
            }
        }
        for (Annotation annotation : annotations) {
            if (annotation instanceof PathParam path) {
                return Optional.of(RouteParameter.of(path.value(), ParameterLocation.PATH, type, null));
            } else if (annotation instanceof QueryParam query) {
                return Optional.of(RouteParameter.of(query.value(), ParameterLocation.QUERY, type, defaultValue));
            } else if (annotation instanceof HeaderParam header) {
                return Optional.of(RouteParameter.of(header.value(), ParameterLocation.HEADER, type, defaultValue));
            } else if (annotation instanceof CookieParam cookie) {
                return Optional.of(RouteParameter.of(cookie.value(), ParameterLocation.COOKIE, type, defaultValue));
            } else if (annotation instanceof FormParam form) {
                return Optional.of(RouteParameter.of(form.value(), ParameterLocation.FORM, type, defaultValue));
            }
        }
        return Optional.empty();
    }

    /** Injected by the runtime, not sent by the client as the body ({@code @MatrixParam} has no OpenAPI form). */
    private static boolean isInjected(Annotation[] annotations) {
        return has(annotations, Context.class) || has(annotations, Suspended.class) || has(annotations, MatrixParam.class);
    }

    private static boolean has(Annotation[] annotations, Class<? extends Annotation> type) {
        return Arrays.stream(annotations).anyMatch(type::isInstance);
    }

    private static List<String> mediaTypes(Produces method, Produces type) {
        return split(method != null ? method.value() : type != null ? type.value() : new String[0]);
    }

    private static List<String> mediaTypes(Consumes method, Consumes type) {
        return split(method != null ? method.value() : type != null ? type.value() : new String[0]);
    }

    /** {@code @Produces({"a/b, c/d", "e/f"})}: each value may itself list several types. */
    private static List<String> split(String[] values) {
        return Arrays.stream(values).flatMap(value -> Arrays.stream(value.split(",")))
                .map(String::trim).filter(value -> !value.isEmpty()).distinct().toList();
    }

    /** The first declaration wins: a method parameter does not repeat a field's. */
    private static List<RouteParameter> distinct(List<RouteParameter> parameters) {
        List<RouteParameter> distinct = new ArrayList<>();
        for (RouteParameter parameter : parameters) {
            if (distinct.stream().noneMatch(parameter::sameAs)) {
                distinct.add(parameter);
            }
        }
        return distinct;
    }

    static Class<?> rawClass(Type type) {
        if (type instanceof Class<?> plain) {
            return plain;
        }
        if (type instanceof ParameterizedType parameterized) {
            return rawClass(parameterized.getRawType());
        }
        return Object.class;
    }
}
