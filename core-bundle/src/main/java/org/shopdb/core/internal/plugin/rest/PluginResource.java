package org.shopdb.core.internal.plugin.rest;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.List;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JSONRequired;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;
import org.shopdb.api.error.NotFoundException;
import org.shopdb.api.plugin.FieldSchemaProvider;
import org.shopdb.core.internal.plugin.PluginContributions;
import org.shopdb.core.internal.plugin.PluginRegistry;
import org.shopdb.core.internal.rest.DataEnvelope;
import org.shopdb.core.internal.rest.Json;
import org.shopdb.core.internal.rest.ShopdbApplication;

import com.fasterxml.jackson.databind.JsonNode;

/** {@code GET /api/plugins}, {@code /api/plugins/{name}} and {@code /api/plugins/{name}/schema}. */
@Component(service = PluginResource.class)
@JaxrsResource
@JSONRequired
@JaxrsApplicationSelect(ShopdbApplication.SELECT)
@Path("plugins")
@Produces(MediaType.APPLICATION_JSON)
public class PluginResource {

    private final PluginRegistry registry;
    private final PluginContributions contributions;

    @Activate
    public PluginResource(@Reference PluginRegistry registry, @Reference PluginContributions contributions) {
        this.registry = registry;
        this.contributions = contributions;
    }

    @GET
    public DataEnvelope<List<PluginJson>> list() {
        return DataEnvelope.of(registry.plugins().stream().map(PluginJson::of).toList());
    }

    @GET
    @Path("{name}")
    public DataEnvelope<PluginJson> one(@PathParam("name") String name) {
        return DataEnvelope.of(registry.plugin(name).map(PluginJson::of).orElseThrow(() -> new NotFoundException("Plugin", name)));
    }

    /** The plugin's field schema as JSON; 404 when the plugin is not active or describes no fields. */
    @GET
    @Path("{name}/schema")
    public DataEnvelope<JsonNode> schema(@PathParam("name") String name) {
        FieldSchemaProvider provider = contributions.fieldSchema(name)
                .orElseThrow(() -> new NotFoundException("Field schema of plugin", name));
        URL schema = provider.fieldSchema();
        if (schema == null) {
            throw new NotFoundException("Field schema of plugin", name);
        }
        try (InputStream in = schema.openStream()) {
            return DataEnvelope.of(Json.MAPPER.readTree(in));
        } catch (IOException e) {
            throw new IllegalStateException("Field schema of plugin " + name + " is unreadable or not JSON: " + e.getMessage(), e);
        }
    }
}
