package org.shopdb.core.internal.rest;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.osgi.framework.Bundle;
import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.osgi.service.component.runtime.dto.ComponentDescriptionDTO;
import org.osgi.service.jaxrs.whiteboard.JaxrsWhiteboardConstants;

/** Which components of a bundle publish JAX-RS resources or extensions, by component name. */
public final class JaxrsComponents {

    private JaxrsComponents() {
    }

    public static Set<String> enabledIn(ServiceComponentRuntime runtime, Bundle bundle) {
        return runtime.getComponentDescriptionDTOs(bundle).stream()
                .filter(description -> isJaxrs(description.properties))
                .filter(runtime::isComponentEnabled)
                .map(description -> description.name)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    public static boolean isJaxrs(Map<String, Object> properties) {
        return isTrue(properties.get(JaxrsWhiteboardConstants.JAX_RS_RESOURCE))
                || isTrue(properties.get(JaxrsWhiteboardConstants.JAX_RS_EXTENSION));
    }

    /** The expected components not among the present ones. */
    public static Set<String> missing(Set<String> expected, Set<String> present) {
        Set<String> missing = new TreeSet<>(expected);
        missing.removeAll(present);
        return missing;
    }

    private static boolean isTrue(Object value) {
        return value != null && "true".equalsIgnoreCase(String.valueOf(value));
    }
}
