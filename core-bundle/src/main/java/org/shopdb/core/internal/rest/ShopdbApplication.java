package org.shopdb.core.internal.rest;

import java.util.Dictionary;
import java.util.Hashtable;

import javax.ws.rs.core.Application;

import org.osgi.service.jaxrs.whiteboard.JaxrsWhiteboardConstants;
import org.shopdb.core.internal.auth.AuthenticationFilter;
import org.shopdb.core.internal.auth.CorsFilter;

/**
 * The core's JAX-RS application: every core resource lives under {@code /api}. It is
 * served only while the authentication, CORS and body-limit filters are there, so nothing
 * is ever answered without the deny-by-default check or with an unbounded body. Published
 * by {@link CoreApplicationPublisher}.
 */
public class ShopdbApplication extends Application {

    public static final String NAME = "shopdb";
    public static final String BASE = "api";
    /** Application select filter for core resources and extensions. */
    public static final String SELECT = "(osgi.jaxrs.name=" + NAME + ")";

    /** The whiteboard service properties of the application. */
    static Dictionary<String, Object> serviceProperties() {
        Dictionary<String, Object> properties = new Hashtable<>();
        properties.put(JaxrsWhiteboardConstants.JAX_RS_APPLICATION_BASE, BASE);
        properties.put(JaxrsWhiteboardConstants.JAX_RS_NAME, NAME);
        properties.put(JaxrsWhiteboardConstants.JAX_RS_EXTENSION_SELECT, new String[] {
                "(osgi.jaxrs.name=" + AuthenticationFilter.NAME + ")",
                "(osgi.jaxrs.name=" + CorsFilter.NAME + ")",
                "(osgi.jaxrs.name=" + RequestBodyLimitFilter.NAME + ")"});
        return properties;
    }
}
