package org.shopdb.plugins.printers.internal.rest;

import java.util.List;
import java.util.Map;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JSONRequired;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;
import org.shopdb.api.family.AssetFamilyResource;
import org.shopdb.api.rest.DataEnvelope;
import org.shopdb.api.rest.PathIds;
import org.shopdb.plugins.printers.internal.PrinterFamily;
import org.shopdb.plugins.printers.internal.PrinterFields;
import org.shopdb.plugins.printers.internal.PrinterStore;
import org.shopdb.plugins.printers.internal.supplies.PrinterSupplies;

/**
 * {@code /api/printers}: list (filters {@code kind}, {@code vendor}, {@code model},
 * {@code printerstatus}, {@code notreportedsince} besides the common ones), detail, create,
 * replace, delete; and {@code GET /api/printers/{id}/supplies}, the supplies as last reported.
 * Served by the plugin's own JAX-RS application, which the core registers while the plugin is active.
 */
@Component(service = PrinterResource.class)
@JaxrsResource
@JSONRequired
@JaxrsApplicationSelect("(osgi.jaxrs.name=shopdb.printers)")
@Path("")
public class PrinterResource extends AssetFamilyResource<PrinterFields> {

    private final PrinterSupplies supplies;

    @Activate
    public PrinterResource(@Reference PrinterStore printers, @Reference PrinterSupplies supplies) {
        super(printers.store());
        this.supplies = supplies;
    }

    /** The printer's supplies in the order first reported; {@code 404} for an id that is no printer. */
    @GET
    @Path("{id}/supplies")
    public DataEnvelope<List<Map<String, Object>>> supplies(@PathParam("id") String id) {
        long printer = store().require(PathIds.parse(id, PrinterFamily.ENTITY)).assetId();
        return DataEnvelope.of(supplies.of(printer));
    }
}
