package org.shopdb.core.internal.shell;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.table.ShellTable;
import org.shopdb.core.internal.plugin.PluginInfo;
import org.shopdb.core.internal.plugin.PluginRegistry;

/** {@code shopdb:plugin-list}: every plugin, installed or remembered by the database, with its state. */
@Command(scope = "shopdb", name = "plugin-list", description = "Lists the plugins: name, version, state, core API range, hooks, and why one is not active")
@Service
public class PluginListCommand implements Action {

    @Reference
    private PluginRegistry registry;

    @Reference
    private Session session;

    @Override
    public Object execute() {
        ShellTable table = new ShellTable();
        table.column("Name");
        table.column("Version");
        table.column("State");
        table.column("Core API");
        table.column("Hooks");
        table.column("Reason");
        for (PluginInfo plugin : registry.plugins()) {
            table.addRow().addContent(plugin.name(), plugin.version(), plugin.state().code(), valueOrDash(plugin.coreRange()),
                    plugin.hooks().isEmpty() ? "-" : String.join(", ", plugin.hooks()), valueOrDash(plugin.reason()));
        }
        table.print(session.getConsole());
        return null;
    }

    static String valueOrDash(Object value) {
        return value == null ? "-" : value.toString();
    }
}
