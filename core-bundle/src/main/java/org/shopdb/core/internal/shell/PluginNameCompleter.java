package org.shopdb.core.internal.shell;

import java.util.List;

import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.CommandLine;
import org.apache.karaf.shell.api.console.Completer;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.completers.StringsCompleter;
import org.shopdb.core.internal.plugin.PluginInfo;
import org.shopdb.core.internal.plugin.PluginRegistry;

/** Completes plugin names: installed ones and those the database remembers. */
@Service
public class PluginNameCompleter implements Completer {

    @Reference
    private PluginRegistry registry;

    @Override
    public int complete(Session session, CommandLine commandLine, List<String> candidates) {
        StringsCompleter names = new StringsCompleter();
        registry.plugins().stream().map(PluginInfo::name).distinct().forEach(names.getStrings()::add);
        return names.complete(session, commandLine, candidates);
    }
}
