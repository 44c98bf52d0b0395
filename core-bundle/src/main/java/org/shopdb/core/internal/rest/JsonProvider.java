package org.shopdb.core.internal.rest;

import javax.ws.rs.core.MediaType;
import javax.ws.rs.ext.MessageBodyReader;
import javax.ws.rs.ext.MessageBodyWriter;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtension;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsMediaType;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsName;

import com.fasterxml.jackson.jaxrs.json.JacksonJsonProvider;

/**
 * JSON for every ShopDB application, with one shared {@link Json#MAPPER} configuration so
 * core and plugins serialise alike.
 */
@Component(service = {MessageBodyReader.class, MessageBodyWriter.class})
@JaxrsExtension
@JaxrsName("shopdb-json")
@JaxrsMediaType(MediaType.APPLICATION_JSON)
@JaxrsApplicationSelect("(osgi.jaxrs.name=*)")
public class JsonProvider extends JacksonJsonProvider {

    public JsonProvider() {
        super(Json.MAPPER);
    }
}
