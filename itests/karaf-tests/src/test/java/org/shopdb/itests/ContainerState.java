package org.shopdb.itests;

import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.osgi.service.component.runtime.dto.ComponentConfigurationDTO;

/**
 * What the container knew when a test gave up waiting for it, for the failure message: CI keeps
 * the build's output and nothing of the container. Bundles not active, the JAX-RS applications
 * and whiteboard runtimes registered, what Pax Web last did with servlets, components not active, plugins, and
 * the log's latest warnings and errors. Each part that cannot be read says so instead.
 */
public final class ContainerState {

    private static final String BUNDLE_STATES = "bundles not active";
    private static final String JAXRS_SERVICES = "JAX-RS applications and whiteboards";
    private static final String HTTP_CONTEXTS = "Pax Web's latest servlet and context changes (its HttpServiceRuntime DTOs are unreadable here)";
    private static final String COMPONENTS = "components not active";
    private static final String PLUGINS = "shopdb:plugin-list";
    private static final String LOG = "latest warnings and errors of the log";
    /** Pax Web's Jetty wrapper logs each servlet and context it adds, starts and removes. */
    private static final String JETTY_WRAPPER = "| JettyServerWrapper ";
    private static final int JETTY_LINES = 30;
    private static final int LOG_LINES = 40;
    private static final Map<Integer, String> STATE_NAMES = Map.of(Bundle.INSTALLED, "Installed", Bundle.RESOLVED, "Resolved",
            Bundle.STARTING, "Starting", Bundle.STOPPING, "Stopping", Bundle.UNINSTALLED, "Uninstalled");

    private ContainerState() {
    }

    /** The state of the container this class runs in, or a note saying it runs outside one (the test driver). */
    public static String here() {
        Bundle probe = FrameworkUtil.getBundle(ContainerState.class);
        BundleContext context = probe == null ? null : probe.getBundleContext();
        return context == null ? "(no container state: the test runs outside the container)" : of(context);
    }

    private static String of(BundleContext context) {
        StringBuilder state = new StringBuilder("--- container state ---\n");
        section(state, BUNDLE_STATES, () -> bundlesNotActive(context));
        section(state, JAXRS_SERVICES, () -> jaxrsServices(context));
        section(state, HTTP_CONTEXTS, () -> KarafLog.latestLinesContaining(JETTY_WRAPPER, JETTY_LINES));
        section(state, COMPONENTS, () -> componentsNotActive(context));
        section(state, PLUGINS, () -> new KarafShell(context).execute(PLUGINS));
        section(state, LOG, () -> KarafLog.latestWarningsAndErrors(LOG_LINES));
        return state.append("--- end of container state ---").toString();
    }

    private interface Part {
        String read() throws Exception;
    }

    private static void section(StringBuilder state, String title, Part part) {
        state.append(title).append(":\n");
        try {
            state.append(part.read().strip()).append('\n');
        } catch (Exception | LinkageError unreadable) {
            state.append("(unreadable: ").append(unreadable).append(")\n");
        }
    }

    private static String bundlesNotActive(BundleContext context) {
        String listed = Arrays.stream(context.getBundles())
                .filter(bundle -> bundle.getState() != Bundle.ACTIVE && bundle.getHeaders().get("Fragment-Host") == null)
                .map(bundle -> bundle.getBundleId() + " " + bundle.getSymbolicName() + " " + bundle.getVersion() + " "
                        + STATE_NAMES.getOrDefault(bundle.getState(), String.valueOf(bundle.getState())))
                .collect(Collectors.joining("\n"));
        return listed.isEmpty() ? "(none)" : listed;
    }

    private static String jaxrsServices(BundleContext context) throws Exception {
        ServiceReference<?>[] references = context.getAllServiceReferences(null,
                "(|(osgi.jaxrs.application.base=*)(objectClass=org.osgi.service.jaxrs.runtime.JaxrsServiceRuntime))");
        if (references == null) {
            return "(none)";
        }
        return Arrays.stream(references)
                .map(reference -> Arrays.stream(reference.getPropertyKeys()).sorted()
                        .filter(key -> key.startsWith("osgi.jaxrs") || key.equals("objectClass") || key.equals("service.id")
                                || key.equals("service.changecount"))
                        .map(key -> key + "=" + show(reference.getProperty(key)))
                        .collect(Collectors.joining(", ", "[bundle " + bundleOf(reference) + "] ", "")))
                .collect(Collectors.joining("\n"));
    }

    private static String bundleOf(ServiceReference<?> reference) {
        Bundle bundle = reference.getBundle();
        return bundle == null ? "gone" : bundle.getSymbolicName();
    }

    private static String show(Object value) {
        return value instanceof Object[] array ? Arrays.toString(array) : String.valueOf(value);
    }

    private static String componentsNotActive(BundleContext context) {
        ServiceReference<ServiceComponentRuntime> reference = context.getServiceReference(ServiceComponentRuntime.class);
        if (reference == null) {
            return "(no ServiceComponentRuntime registered)";
        }
        ServiceComponentRuntime runtime = context.getService(reference);
        try {
            String listed = runtime.getComponentDescriptionDTOs().stream()
                    .flatMap(description -> runtime.getComponentConfigurationDTOs(description).stream())
                    .filter(configuration -> configuration.state != ComponentConfigurationDTO.ACTIVE
                            && configuration.state != ComponentConfigurationDTO.SATISFIED)
                    .map(configuration -> configuration.description.bundle.symbolicName + " " + configuration.description.name
                            + " state " + configuration.state + ", unsatisfied references "
                            + Arrays.stream(configuration.unsatisfiedReferences).map(unsatisfied -> unsatisfied.name).toList()
                            + (configuration.failure == null ? "" : ", failure " + configuration.failure.lines().findFirst().orElse("")))
                    .collect(Collectors.joining("\n"));
            return listed.isEmpty() ? "(none)" : listed;
        } finally {
            context.ungetService(reference);
        }
    }
}
