package org.shopdb.plugins.applications.internal.hooks;

import java.util.List;

import org.osgi.service.component.annotations.Component;
import org.shopdb.api.plugin.SearchField;
import org.shopdb.api.plugin.SearchFieldProvider;
import org.shopdb.plugins.applications.internal.ApplicationFamily;

/**
 * The columns global search looks into. {@code installations.software} ("7-Zip 23.01 (x64)",
 * "Siemens NX 2306.4000": the name with the installed version) is keyed by the computer's
 * {@code assetid}, so its hits are the computers running that software in that version — search
 * "Siemens NX 2306" and get the PCs. The catalog's own name is the asset's (searched by the
 * core); its vendor is searched here. Both columns are indexed.
 */
@Component(service = SearchFieldProvider.class)
public class ApplicationSearchFields implements SearchFieldProvider {

    static final String INSTALLATIONS = "installations";

    @Override
    public List<SearchField> searchFields() {
        return List.of(new SearchField(INSTALLATIONS, "software", "Installed software", 60),
                new SearchField(ApplicationFamily.TABLE, "vendor", "Vendor", 20));
    }
}
