package org.shopdb.core.internal.rest;

import javax.ws.rs.core.Application;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationBase;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsName;

/** The core's JAX-RS application: every core resource lives under {@code /api}. */
@Component(service = Application.class)
@JaxrsApplicationBase(ShopdbApplication.BASE)
@JaxrsName(ShopdbApplication.NAME)
public class ShopdbApplication extends Application {

    public static final String NAME = "shopdb";
    public static final String BASE = "api";
    /** Application select filter for core resources and extensions. */
    public static final String SELECT = "(osgi.jaxrs.name=" + NAME + ")";
}
