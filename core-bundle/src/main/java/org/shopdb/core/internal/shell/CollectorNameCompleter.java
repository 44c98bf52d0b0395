package org.shopdb.core.internal.shell;

import java.util.List;

import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.CommandLine;
import org.apache.karaf.shell.api.console.Completer;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.completers.StringsCompleter;
import org.shopdb.core.internal.collector.CollectorRegistry;

/** Completes the names of the collectors installed now. */
@Service
public class CollectorNameCompleter implements Completer {

    @Reference
    private CollectorRegistry collectors;

    @Override
    public int complete(Session session, CommandLine commandLine, List<String> candidates) {
        return new StringsCompleter(collectors.names()).complete(session, commandLine, candidates);
    }
}
