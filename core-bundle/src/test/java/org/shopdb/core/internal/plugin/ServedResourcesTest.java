package org.shopdb.core.internal.plugin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.Optional;
import java.util.Set;

import javax.servlet.GenericServlet;
import javax.servlet.Servlet;
import javax.servlet.ServletRequest;
import javax.servlet.ServletResponse;
import javax.ws.rs.GET;
import javax.ws.rs.Path;

import org.apache.cxf.Bus;
import org.apache.cxf.BusFactory;
import org.apache.cxf.endpoint.Server;
import org.apache.cxf.jaxrs.JAXRSServerFactoryBean;
import org.apache.cxf.jaxrs.lifecycle.SingletonResourceProvider;
import org.apache.cxf.transport.servlet.CXFNonSpringServlet;
import org.eclipse.jetty.servlet.ServletHandler;
import org.eclipse.jetty.servlet.ServletHolder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A bus and servlet set up as the Aries whiteboard sets up a plugin's application: an endpoint at "/" on a bus of its own. */
class ServedResourcesTest {

    @Path("families")
    public static class Families {
        @GET
        public String list() {
            return "[]";
        }
    }

    @Path("cameras")
    public static class Cameras {
        @GET
        public String list() {
            return "[]";
        }
    }

    private final Bus bus = BusFactory.newInstance().createBus();

    @AfterEach
    void shutDown() {
        bus.shutdown(true);
    }

    @Test
    void aStartedEndpointServesItsRootResources() throws Exception {
        Server server = endpoint(new Families(), new Cameras());
        assertEquals(Set.of(Families.class.getName(), Cameras.class.getName()), ServedResources.of(bus));
        server.destroy();
        assertEquals(Set.of(), ServedResources.of(bus), "an endpoint being rebuilt serves nothing");
    }

    @Test
    void anEndpointNotStartedYetServesNothing() throws Exception {
        JAXRSServerFactoryBean bean = bean(new Families());
        bean.setStart(false);
        Server server = bean.create();
        assertEquals(Set.of(), ServedResources.of(bus));
        server.start();
        assertEquals(Set.of(Families.class.getName()), ServedResources.of(bus));
    }

    @Test
    void theCxfServletIsFoundInsideTheWrappersAroundIt() throws Exception {
        CXFNonSpringServlet cxf = new CXFNonSpringServlet();
        cxf.setBus(bus);
        assertSame(cxf, ServedResources.cxfServlet(cxf));
        assertSame(cxf, ServedResources.cxfServlet(new Delegating(cxf)), "Pax Web's OsgiInitializedServlet has getDelegate()");
        assertNull(ServedResources.cxfServlet(new Delegating(null)));
        assertNull(ServedResources.cxfServlet(new Plain()), "no CXF servlet: nothing can be told");
    }

    @Test
    void aServletHolderIsLookedIntoThroughItsServlet() throws Exception {
        endpoint(new Cameras());
        CXFNonSpringServlet cxf = new CXFNonSpringServlet();
        cxf.setBus(bus);
        assertEquals(Optional.of(Set.of(Cameras.class.getName())), ServedResources.of(started(new Delegating(cxf))));
        assertTrue(ServedResources.of(started(new Plain())).isEmpty());
    }

    private static ServletHolder started(Servlet servlet) throws Exception {
        ServletHandler handler = new ServletHandler();
        ServletHolder holder = new ServletHolder(servlet);
        handler.addServletWithMapping(holder, "/*");
        handler.start();
        return holder;
    }

    private Server endpoint(Object... resources) {
        return bean(resources).create();
    }

    private JAXRSServerFactoryBean bean(Object... resources) {
        JAXRSServerFactoryBean bean = new JAXRSServerFactoryBean();
        bean.setBus(bus);
        bean.setAddress("/");
        for (Object resource : resources) {
            bean.setResourceProvider(new SingletonResourceProvider(resource));
        }
        return bean;
    }

    /** Shaped like Pax Web's OsgiInitializedServlet. */
    public static final class Delegating extends Plain {
        private final Servlet delegate;

        Delegating(Servlet delegate) {
            this.delegate = delegate;
        }

        public Servlet getDelegate() {
            return delegate;
        }
    }

    public static class Plain extends GenericServlet {
        @Override
        public void service(ServletRequest request, ServletResponse response) throws IOException {
            // never called
        }
    }
}
