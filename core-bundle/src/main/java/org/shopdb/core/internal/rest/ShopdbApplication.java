package org.shopdb.core.internal.rest;

import javax.ws.rs.core.Application;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationBase;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtensionSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsName;
import org.shopdb.core.internal.auth.AuthenticationFilter;
import org.shopdb.core.internal.auth.CorsFilter;

/**
 * The core's JAX-RS application: every core resource lives under {@code /api}. It is
 * served only while the authentication, CORS and body-limit filters are there, so nothing
 * is ever answered without the deny-by-default check or with an unbounded body.
 */
@Component(service = Application.class)
@JaxrsApplicationBase(ShopdbApplication.BASE)
@JaxrsName(ShopdbApplication.NAME)
@JaxrsExtensionSelect({"(osgi.jaxrs.name=" + AuthenticationFilter.NAME + ")", "(osgi.jaxrs.name=" + CorsFilter.NAME + ")",
        "(osgi.jaxrs.name=" + RequestBodyLimitFilter.NAME + ")"})
public class ShopdbApplication extends Application {

    public static final String NAME = "shopdb";
    public static final String BASE = "api";
    /** Application select filter for core resources and extensions. */
    public static final String SELECT = "(osgi.jaxrs.name=" + NAME + ")";
}
