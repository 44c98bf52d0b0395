package org.shopdb.itests.probe.internal;

import java.util.List;

import org.osgi.service.component.annotations.Component;
import org.shopdb.api.plugin.SearchField;
import org.shopdb.api.plugin.SearchFieldProvider;

@Component
public class ProbeSearchFields implements SearchFieldProvider {

    @Override
    public List<SearchField> searchFields() {
        return List.of(new SearchField("probes", "probevalue", "Probe value", 40));
    }
}
