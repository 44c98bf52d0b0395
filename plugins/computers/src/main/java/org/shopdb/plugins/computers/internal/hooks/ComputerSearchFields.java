package org.shopdb.plugins.computers.internal.hooks;

import java.util.List;

import org.osgi.service.component.annotations.Component;
import org.shopdb.api.plugin.SearchField;
import org.shopdb.api.plugin.SearchFieldProvider;
import org.shopdb.plugins.computers.internal.ComputerFamily;

/**
 * The computer columns global search looks into, each backed by an index of {@code computers}.
 * The hostname names one PC, so it weighs most (the core searches the DNS names of the PC's
 * network addresses as well, but a PC reported without a DNS name has only this one); then the
 * hardware UUID; the last user finds "the PC Jane used"; model and OS match many.
 */
@Component(service = SearchFieldProvider.class)
public class ComputerSearchFields implements SearchFieldProvider {

    @Override
    public List<SearchField> searchFields() {
        String table = ComputerFamily.TABLE;
        return List.of(
                new SearchField(table, "hostname", "Hostname", 95),
                new SearchField(table, "hardwareuuid", "Hardware UUID", 70),
                new SearchField(table, "lastuser", "Last user", 40),
                new SearchField(table, "model", "Model", 30),
                new SearchField(table, "osname", "Operating system", 20));
    }
}
