package org.shopdb.plugins.cameras.internal.rest;

import javax.ws.rs.Path;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JSONRequired;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;
import org.shopdb.api.family.AssetFamilyResource;
import org.shopdb.plugins.cameras.internal.CameraFields;
import org.shopdb.plugins.cameras.internal.CameraStore;

/**
 * {@code /api/cameras}: list (filters {@code vendor}, {@code model}, {@code recordingserver},
 * {@code notseensince} besides the common ones), detail, create, replace, delete. Served by the
 * plugin's own JAX-RS application, which the core registers while the plugin is active.
 */
@Component(service = CameraResource.class)
@JaxrsResource
@JSONRequired
@JaxrsApplicationSelect("(osgi.jaxrs.name=shopdb.cameras)")
@Path("")
public class CameraResource extends AssetFamilyResource<CameraFields> {

    @Activate
    public CameraResource(@Reference CameraStore cameras) {
        super(cameras.store());
    }
}
