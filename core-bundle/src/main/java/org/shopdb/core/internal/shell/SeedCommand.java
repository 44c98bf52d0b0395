package org.shopdb.core.internal.shell;

import java.io.PrintStream;
import java.nio.file.Path;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.completers.FileCompleter;
import org.shopdb.api.audit.Actor;
import org.shopdb.core.internal.seed.DemoAssetSeeder;
import org.shopdb.core.internal.seed.SeedFile;
import org.shopdb.core.internal.seed.SeedReport;
import org.shopdb.core.internal.seed.SeedTally;
import org.shopdb.core.internal.seed.SiteSeeder;

/**
 * {@code shopdb:seed}: a site's reference data from a JSON file, and demo assets on
 * request. Safe to run again: what exists is left alone, and the output says what was
 * created and what was already there.
 */
@Command(scope = "shopdb", name = "seed", description = "Loads a site's business units, asset statuses and locations from a JSON "
        + "seed file (see docs/examples/site-seed.json) and, with --demo-assets N, N demo assets; running it again creates only what is missing")
@Service
public class SeedCommand implements Action {

    /** Progress is printed for runs of more demo assets than this. */
    static final int QUIET_UP_TO = 1000;

    @Reference
    private SiteSeeder siteSeeder;

    @Reference
    private DemoAssetSeeder demoAssetSeeder;

    @Reference
    private Session session;

    @Argument(index = 0, name = "file", required = false,
            description = "Seed file on the ShopDB server; a relative path starts at the ShopDB home folder")
    @Completion(FileCompleter.class)
    private String file;

    @Option(name = "-d", aliases = "--demo-assets", description = "Also make sure demo assets DEMO-000001 to DEMO-<N> exist (N up to 100000)")
    private int demoAssets;

    @Override
    public Object execute() {
        if (file == null && demoAssets == 0) {
            throw new IllegalArgumentException("Name a seed file, or --demo-assets N, or both (see shopdb:seed --help)");
        }
        PrintStream out = session.getConsole();
        Actor actor = UserCommands.actor(session);
        if (file != null) {
            Path path = resolve(file);
            SeedReport report = siteSeeder.seed(actor, SeedFile.read(path));
            out.println("Seeded from " + path);
            print(out, "business units", report.businessUnits());
            print(out, "asset statuses", report.statuses());
            print(out, "locations", report.locations());
            report.notes().forEach(note -> out.println("  note: " + note));
        }
        if (demoAssets != 0) {
            int every = Math.max(DemoAssetSeeder.BATCH, demoAssets / 10);
            int[] reported = {0};
            SeedTally tally = demoAssetSeeder.seed(actor, demoAssets, progress -> {
                int done = progress.createdCount() + progress.presentCount();
                if (demoAssets > QUIET_UP_TO && done < demoAssets && done - reported[0] >= every) {
                    reported[0] = done;
                    out.println("  demo assets: " + done + " of " + demoAssets + " checked");
                    out.flush();
                }
            });
            out.println("  demo assets: " + tally);
        }
        return null;
    }

    private static void print(PrintStream out, String what, SeedTally tally) {
        out.println("  " + what + ": " + tally + (tally.createdCount() == 0 ? "" : " (" + String.join(", ", tally.createdCodes()) + ")"));
    }

    /** Relative to the ShopDB home folder ({@code karaf.base}), which the console's user sees as the install folder. */
    private static Path resolve(String name) {
        Path path = Path.of(name);
        String home = System.getProperty("karaf.base");
        return (path.isAbsolute() || home == null ? path : Path.of(home).resolve(path)).toAbsolutePath().normalize();
    }
}
