package org.shopdb.core.internal.shell;

import java.util.List;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.table.ShellTable;
import org.shopdb.core.internal.migration.BundleMigration;
import org.shopdb.core.internal.migration.MigrationRegistry;

/** {@code shopdb:migrate-status}: the schema state of every bundle that ships a changelog. */
@Command(scope = "shopdb", name = "migrate-status", description = "Shows the schema migration state of ShopDB's core and of each plugin")
@Service
public class MigrateStatusCommand implements Action {

    @Reference
    private MigrationRegistry migrations;

    @Reference
    private Session session;

    @Override
    public Object execute() {
        List<BundleMigration> all = migrations.all();
        ShellTable table = new ShellTable();
        table.column("Bundle");
        table.column("Version");
        table.column("State");
        table.column("Changesets");
        table.column("Applied now");
        table.column("Detail");
        for (BundleMigration migration : all) {
            table.addRow().addContent(migration.bundle(), migration.version(), migration.state(), migration.changeSets(),
                    migration.appliedNow(), detail(migration));
        }
        table.print(session.getConsole());
        return null;
    }

    private static String detail(BundleMigration migration) {
        if (migration.failedChangeSet() != null) {
            return "changeset " + migration.failedChangeSet() + ": " + migration.message();
        }
        return migration.message() == null ? "" : migration.message();
    }
}
