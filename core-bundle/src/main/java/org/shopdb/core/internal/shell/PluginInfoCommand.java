package org.shopdb.core.internal.shell;

import java.io.PrintStream;
import java.util.Optional;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;
import org.shopdb.core.internal.plugin.Contribution;
import org.shopdb.core.internal.plugin.PluginContributions;
import org.shopdb.core.internal.plugin.PluginInfo;
import org.shopdb.core.internal.plugin.PluginRegistry;

/** {@code shopdb:plugin-info NAME}: one plugin in detail, with what it contributes while active. */
@Command(scope = "shopdb", name = "plugin-info", description = "Shows a plugin: bundle, state and reason, core API range, routes, hooks and what they contribute")
@Service
public class PluginInfoCommand implements Action {

    @Reference
    private PluginRegistry registry;

    @Reference
    private PluginContributions contributions;

    @Reference
    private Session session;

    @Argument(index = 0, name = "name", description = "Plugin name, e.g. cameras", required = true)
    @Completion(PluginNameCompleter.class)
    private String name;

    @Override
    public Object execute() {
        PrintStream out = session.getConsole();
        Optional<PluginInfo> found = registry.plugin(name);
        if (found.isEmpty()) {
            out.println("No plugin named '" + name + "' (shopdb:plugin-list shows them all)");
            return null;
        }
        PluginInfo plugin = found.get();
        out.println("Plugin " + plugin.name() + " " + plugin.version() + ": " + plugin.state().code()
                + (plugin.reason() == null ? "" : " (" + plugin.reason() + ")"));
        out.println("  bundle:          " + (plugin.bundle() == null ? "-" : plugin.bundle() + " [" + plugin.bundleId() + "]"));
        out.println("  core API:        " + PluginListCommand.valueOrDash(plugin.coreRange()));
        out.println("  routes:          " + plugin.path());
        out.println("  collection:      " + PluginListCommand.valueOrDash(plugin.collectionPath()));
        out.println("  hooks:           " + (plugin.hooks().isEmpty() ? "-" : String.join(", ", plugin.hooks())));
        out.println("  installed:       " + PluginListCommand.valueOrDash(plugin.installedDate()));
        out.println("  upgraded:        " + PluginListCommand.valueOrDash(plugin.upgradedDate()));
        if (plugin.isActive()) {
            contributions.navigationItems().stream().filter(this::ofThisPlugin).forEach(item -> out.println(
                    "  navigation:      " + item.value().title() + " -> " + item.value().path() + " (order " + item.value().order() + ")"));
            contributions.dashboardWidgets().stream().filter(this::ofThisPlugin).forEach(widget -> out.println(
                    "  dashboard:       " + widget.value().id()));
            contributions.searchFields().stream().filter(this::ofThisPlugin).forEach(field -> out.println(
                    "  search field:    " + field.value().table() + "." + field.value().column() + " (weight " + field.value().weight() + ")"));
        }
        return null;
    }

    private boolean ofThisPlugin(Contribution<?> contribution) {
        return contribution.plugin().equals(name);
    }
}
