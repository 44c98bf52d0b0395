package org.shopdb.testkit;

import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;

import org.h2.jdbcx.JdbcDataSource;
import org.shopdb.core.internal.migration.ChangelogRun;
import org.shopdb.core.internal.migration.LiquibaseMigrator;

/**
 * Runs a plugin's changelog the way ShopDB will: with the core's own migrator, on a fresh
 * embedded database already holding the core's schema; then once more, which must apply
 * nothing. (The migrator is the core's internal class on purpose: the kit must judge a
 * changelog by the very code that will run it.)
 */
public final class ChangelogTrial {

    private final LiquibaseMigrator migrator = new LiquibaseMigrator();

    public List<ContractViolation> run(PluginBundle bundle) {
        String plugin = bundle.displayName();
        String changelog = bundle.header(PluginBundle.CHANGELOG_HEADER).orElse(null);
        if (changelog == null) {
            return List.of(new ContractViolation(plugin, "has no " + PluginBundle.CHANGELOG_HEADER + " header",
                    "add <ShopDB-Changelog>db/shopdb-NAME.xml</ShopDB-Changelog> to the bundle instructions"));
        }
        JdbcDataSource database = new JdbcDataSource();
        database.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";MODE=LEGACY;DB_CLOSE_DELAY=-1");
        try (URLClassLoader pluginResources = new URLClassLoader(new URL[] {jarUrl(bundle)}, null)) {
            ChangelogRun core = migrator.apply(database, CoreSchema.coreLoader(), CoreSchema.CORE_CHANGELOG);
            if (!core.succeeded()) {
                throw new IllegalStateException("The core's own changelog failed: " + core.failure());
            }
            ChangelogRun first = migrator.apply(database, pluginResources, changelog);
            if (!first.succeeded() && first.failedChangeSet() == null) {
                return List.of(new ContractViolation(plugin, "Liquibase cannot read its changelog " + changelog + ": " + first.failure(),
                        "start it like the generated plugin's: <databaseChangeLog xmlns=... xmlns:xsi=... xsi:schemaLocation=...>"));
            }
            if (!first.succeeded()) {
                return List.of(new ContractViolation(plugin, "changeset " + first.failedChangeSet() + " fails on the embedded database: "
                        + first.failure(), "correct that changeset; it must run on H2, MariaDB and MySQL 8 alike"));
            }
            ChangelogRun second = migrator.apply(database, pluginResources, changelog);
            if (second.appliedNow() != 0) {
                return List.of(new ContractViolation(plugin, "its changelog applies " + second.appliedNow()
                        + " changeset(s) again on a second run", "give every changeset a fixed id and author, and no runAlways"));
            }
            return List.of();
        } catch (SQLException | java.io.IOException e) {
            throw new IllegalStateException("Cannot try the changelog of " + plugin + ": " + e.getMessage(), e);
        }
    }

    private static URL jarUrl(PluginBundle bundle) {
        try {
            return bundle.jar().toUri().toURL();
        } catch (MalformedURLException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
