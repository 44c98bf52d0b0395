package ${package}.internal.rest;

import javax.ws.rs.Path;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JSONRequired;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;
import org.shopdb.api.family.AssetFamilyResource;
import ${package}.internal.${entityName}Fields;
import ${package}.internal.${entityName}Store;

/**
 * {@code /api/${pluginName}}: list (the common filters, the family's own, paging, sort), detail,
 * create, replace, delete — all from {@link AssetFamilyResource}. The plugin's own application
 * ({@code shopdb.${pluginName}}) is registered by the core while the plugin is active, with its
 * authentication, JSON and error handling. Further routes of the plugin go here.
 */
@Component(service = ${entityName}Resource.class)
@JaxrsResource
@JSONRequired
@JaxrsApplicationSelect("(osgi.jaxrs.name=shopdb.${pluginName})")
@Path("")
public class ${entityName}Resource extends AssetFamilyResource<${entityName}Fields> {

    @Activate
    public ${entityName}Resource(@Reference ${entityName}Store items) {
        super(items.store());
    }
}
