package org.shopdb.core.internal.shell;

import java.io.PrintStream;
import java.util.List;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.table.ShellTable;
import org.shopdb.core.internal.search.SearchIndexBackfill;
import org.shopdb.core.internal.search.SearchIndexBackfill.SourceProgress;

/**
 * {@code shopdb:search-reindex}: the state of the search index's backfill, source by source,
 * followed until it is complete; with {@code --rebuild}, every source is filled again from its
 * first row first. The backfill runs in the background either way: leaving the command (Ctrl-C)
 * does not stop it.
 */
@Command(scope = "shopdb", name = "search-reindex", description = "Shows the search index's backfill per source (the core's fields, "
        + "each plugin search field) and follows it until it is complete; --rebuild fills every source again from its first row")
@Service
public class SearchReindexCommand implements Action {

    @Reference
    private SearchIndexBackfill backfill;

    @Reference
    private Session session;

    @Option(name = "-r", aliases = "--rebuild", description = "Fill every source again from its first row (search stays right, "
            + "but scans the rows not yet filled again); forgets the rows of plugin fields no active plugin offers")
    private boolean rebuild;

    @Option(name = "-n", aliases = "--no-wait", description = "Print the state once instead of following it until complete")
    private boolean noWait;

    @Option(name = "-i", aliases = "--interval", description = "Seconds between progress lines while following (default 5)")
    private int interval = 5;

    @Override
    public Object execute() throws InterruptedException {
        PrintStream out = session.getConsole();
        if (rebuild) {
            backfill.rebuild();
            out.println("Rebuilding the search index in the background");
            Thread.sleep(3000); // the backfill picks the request up on its next round (every 2 s)
        }
        print(out, backfill.progress());
        while (!noWait && !backfill.isComplete()) {
            Thread.sleep(Math.max(1, interval) * 1000L);
            List<SourceProgress> filling = backfill.progress().stream().filter(line -> line.percent() != null).toList();
            filling.forEach(line -> out.println(
                    line.source() + ": " + line.percent() + "%, " + line.assetsPerSecond() + " assets/s, indexed up to asset id " + line.indexedUpTo()));
            if (filling.isEmpty()) {
                out.println("Suffix index: " + backfill.suffixIndexState());
            }
            out.flush();
        }
        if (!noWait) {
            out.println("Search index complete");
            print(out, backfill.progress());
        }
        return null;
    }

    private void print(PrintStream out, List<SourceProgress> lines) {
        ShellTable table = new ShellTable();
        table.column("Source");
        table.column("Plugin");
        table.column("State");
        table.column("Indexed up to asset id");
        table.column("Progress");
        for (SourceProgress line : lines) {
            table.addRow().addContent(line.source(), line.plugin() == null ? "" : line.plugin(), line.state(), line.indexedUpTo(),
                    line.percent() == null ? "" : line.percent() + "%, " + line.assetsPerSecond() + " assets/s");
        }
        table.print(out);
        out.println("Suffix index: " + backfill.suffixIndexState());
    }
}
