package org.shopdb.itests.openapi.probe;

import javax.ws.rs.core.Application;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationBase;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtensionSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsName;

/** The probe's own application at {@code /openapi-probe}, served only behind ShopDB's authentication filter. */
@Component(service = Application.class)
@JaxrsApplicationBase(GaugeApplication.BASE)
@JaxrsName(GaugeApplication.NAME)
@JaxrsExtensionSelect("(osgi.jaxrs.name=shopdb-authentication)")
public class GaugeApplication extends Application {

    static final String NAME = "shopdb-openapi-probe";
    static final String BASE = "openapi-probe";
}
