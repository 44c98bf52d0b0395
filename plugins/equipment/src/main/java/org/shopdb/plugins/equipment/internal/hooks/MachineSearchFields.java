package org.shopdb.plugins.equipment.internal.hooks;

import java.util.List;

import org.osgi.service.component.annotations.Component;
import org.shopdb.api.plugin.SearchField;
import org.shopdb.api.plugin.SearchFieldProvider;
import org.shopdb.plugins.equipment.internal.MachineFamily;

/**
 * The machine columns global search ({@code /api/search}) looks into, each backed by an index
 * of {@value MachineFamily#TABLE}. A machine number names one machine, so it weighs most; a DNC
 * address nearly so; models, software versions and vendors match many.
 */
@Component(service = SearchFieldProvider.class)
public class MachineSearchFields implements SearchFieldProvider {

    @Override
    public List<SearchField> searchFields() {
        return List.of(
                new SearchField(MachineFamily.TABLE, "machinenumber", "Machine number", 95),
                new SearchField(MachineFamily.TABLE, "dncaddress", "DNC address", 50),
                new SearchField(MachineFamily.TABLE, "model", "Model", 40),
                new SearchField(MachineFamily.TABLE, "controllermodel", "Controller model", 35),
                new SearchField(MachineFamily.TABLE, "controllersoftware", "Controller software", 30),
                new SearchField(MachineFamily.TABLE, "vendor", "Vendor", 20));
    }
}
