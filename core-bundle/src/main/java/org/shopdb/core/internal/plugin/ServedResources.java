package org.shopdb.core.internal.plugin;

import java.lang.reflect.Method;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import javax.servlet.Servlet;

import org.apache.cxf.Bus;
import org.apache.cxf.BusException;
import org.apache.cxf.jaxrs.JAXRSServiceImpl;
import org.apache.cxf.jaxrs.model.ClassResourceInfo;
import org.apache.cxf.transport.ChainInitiationObserver;
import org.apache.cxf.transport.DestinationFactory;
import org.apache.cxf.transport.DestinationFactoryManager;
import org.apache.cxf.transport.MessageObserver;
import org.apache.cxf.transport.http.AbstractHTTPDestination;
import org.apache.cxf.transport.http.HTTPTransportFactory;
import org.apache.cxf.transport.servlet.CXFNonSpringServlet;
import org.eclipse.jetty.servlet.ServletHolder;

/**
 * The JAX-RS root resources that the CXF endpoint behind a servlet serves now, by class name.
 *
 * <p>Why look inside CXF: Jetty serving a plugin's context proves only that its servlet is there,
 * not that the endpoint behind it has every resource. The Aries whiteboard builds the endpoint with
 * the resources its own service listener has seen, and the framework tells service listeners in no
 * fixed order, so the endpoint may lack the plugin's last resource for a moment before the
 * whiteboard rebuilds it (ADR 0009). The whiteboard's runtime DTOs cannot tell: they list a resource
 * before the endpoint has it, and {@code getRuntimeDTO()} throws in this distribution.
 *
 * <p>What the servlet routes a request to is what this reads: the whiteboard gives each application
 * a bus of its own and a {@link CXFNonSpringServlet} on it; the servlet looks requests up in the
 * bus's HTTP destination registry, and a destination answers only once its server is started (its
 * observer is a {@link ChainInitiationObserver}); a JAX-RS endpoint's service lists its root
 * resources ({@link ClassResourceInfo}). An endpoint being rebuilt has no started destination.
 */
final class ServedResources {

    private ServedResources() {
    }

    /**
     * The class names of the root resources served through the holder's servlet, or empty when its
     * servlet is no CXF servlet (then nothing can be told). Initialises the servlet if no request has
     * yet: the first request would do the same.
     */
    static Optional<Set<String>> of(ServletHolder holder) throws Exception {
        CXFNonSpringServlet cxf = cxfServlet(holder.getServlet());
        return cxf == null || cxf.getBus() == null ? Optional.empty() : Optional.of(of(cxf.getBus()));
    }

    /** The class names of the root resources of every started JAX-RS endpoint on the bus. */
    static Set<String> of(Bus bus) throws BusException {
        Set<String> served = new TreeSet<>();
        DestinationFactoryManager factories = bus.getExtension(DestinationFactoryManager.class);
        DestinationFactory http = factories == null ? null : factories.getDestinationFactory(HTTPTransportFactory.DEFAULT_NAMESPACES.get(0));
        if (!(http instanceof HTTPTransportFactory transport)) {
            return served;
        }
        for (AbstractHTTPDestination destination : transport.getRegistry().getDestinations()) {
            MessageObserver observer = destination.getMessageObserver();
            if (observer instanceof ChainInitiationObserver started && started.getEndpoint() != null
                    && started.getEndpoint().getService() instanceof JAXRSServiceImpl jaxrs) {
                for (ClassResourceInfo resource : jaxrs.getClassResourceInfos()) {
                    served.add(resource.getServiceClass().getName());
                }
            }
        }
        return served;
    }

    /**
     * The CXF servlet inside the wrappers around it: Jetty's {@link ServletHolder.Wrapper} and Pax
     * Web's {@code OsgiInitializedServlet}, whose {@code getDelegate()} is read reflectively since
     * Pax Web's SPI is no API to import.
     */
    static CXFNonSpringServlet cxfServlet(Servlet servlet) throws ReflectiveOperationException {
        Servlet current = servlet;
        for (int depth = 0; current != null && depth < 5; depth++) {
            if (current instanceof CXFNonSpringServlet cxf) {
                return cxf;
            }
            if (current instanceof ServletHolder.Wrapper wrapper) {
                current = wrapper.getWrapped();
                continue;
            }
            Method delegate = delegate(current.getClass());
            if (delegate == null) {
                return null;
            }
            current = (Servlet) delegate.invoke(current);
        }
        return null;
    }

    private static Method delegate(Class<?> type) {
        try {
            Method method = type.getMethod("getDelegate");
            return Servlet.class.isAssignableFrom(method.getReturnType()) ? method : null;
        } catch (NoSuchMethodException notAWrapper) {
            return null;
        }
    }
}
