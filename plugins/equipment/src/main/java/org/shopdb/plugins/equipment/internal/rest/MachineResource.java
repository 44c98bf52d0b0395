package org.shopdb.plugins.equipment.internal.rest;

import javax.ws.rs.Path;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JSONRequired;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;
import org.shopdb.api.family.AssetFamilyResource;
import org.shopdb.plugins.equipment.internal.MachineFields;
import org.shopdb.plugins.equipment.internal.MachineStore;

/**
 * {@code /api/equipment}: list (filters {@code kind}, {@code controllervendor}, {@code vendor},
 * {@code dncconnection} besides the common ones; paging, sort), detail, create, replace, delete,
 * each machine with its read-only {@code controlledby}. Served by the plugin's own JAX-RS
 * application ({@code shopdb.equipment}), which the core registers while the plugin is active.
 */
@Component(service = MachineResource.class)
@JaxrsResource
@JSONRequired
@JaxrsApplicationSelect("(osgi.jaxrs.name=shopdb.equipment)")
@Path("")
public class MachineResource extends AssetFamilyResource<MachineFields> {

    @Activate
    public MachineResource(@Reference MachineStore machines) {
        super(machines.store());
    }
}
