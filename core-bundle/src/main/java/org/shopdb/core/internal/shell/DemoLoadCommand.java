package org.shopdb.core.internal.shell;

import java.io.PrintStream;
import java.util.List;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;
import org.shopdb.core.internal.demo.DemoLoader;

/**
 * {@code shopdb:demo-load}: a realistic demo site for trying ShopDB and for benchmarks —
 * locations, business units, and items of every installed plugin that offers demo data.
 * Running it again updates the same items in place.
 */
@Command(scope = "shopdb", name = "demo-load", description = "Loads a demo site: the DEMO plant's locations and business units, and "
        + "about --count items of every installed plugin with demo data (computers, equipment, network, printers, applications, cameras), "
        + "through each plugin's collector; running it again updates them in place")
@Service
public class DemoLoadCommand implements Action {

    static final int MAX_COUNT = 10_000;

    @Reference
    private DemoLoader demoLoader;

    @Reference
    private Session session;

    @Option(name = "-c", aliases = "--count", description = "About how many items each plugin adds (1 to 10000, default 60)")
    private int count = 60;

    @Override
    public Object execute() {
        if (count < 1 || count > MAX_COUNT) {
            throw new IllegalArgumentException("--count must be between 1 and " + MAX_COUNT + ", was " + count);
        }
        PrintStream out = session.getConsole();
        List<DemoLoader.DemoReport> reports = demoLoader.load(UserCommands.actor(session), count, line -> {
            out.println(line);
            out.flush();
        });
        out.println("Demo site loaded: " + reports.stream().mapToInt(DemoLoader.DemoReport::total).sum() + " items from "
                + reports.size() + " plugins");
        return null;
    }
}
