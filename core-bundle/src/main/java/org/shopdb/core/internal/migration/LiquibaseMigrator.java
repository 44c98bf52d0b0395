package org.shopdb.core.internal.migration;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import javax.sql.DataSource;

import liquibase.Contexts;
import liquibase.LabelExpression;
import liquibase.Liquibase;
import liquibase.Scope;
import liquibase.changelog.ChangeSet;
import liquibase.changelog.DatabaseChangeLog;
import liquibase.changelog.visitor.AbstractChangeExecListener;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.ClassLoaderResourceAccessor;
import liquibase.ui.LoggerUIService;

/**
 * Applies one Liquibase changelog, read through a given class loader, to the database.
 * Changesets already recorded in {@code DATABASECHANGELOG} are skipped; Liquibase's lock
 * table keeps runs of several containers apart once its tracking tables exist (ADR 0002).
 */
public class LiquibaseMigrator {

    /**
     * @throws SQLException when no connection can be had: the database is unavailable and
     *         the caller may retry; every other failure is reported in the result
     */
    public ChangelogRun apply(DataSource dataSource, ClassLoader resources, String changelog) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            return apply(connection, resources, changelog);
        }
    }

    private ChangelogRun apply(Connection connection, ClassLoader resources, String changelog) {
        AtomicInteger total = new AtomicInteger();
        AtomicInteger applied = new AtomicInteger();
        AtomicReference<String> running = new AtomicReference<>();
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(Liquibase.class.getClassLoader());
        try {
            Map<String, Object> scope = Map.of(Scope.Attr.ui.name(), new LoggerUIService());
            Scope.child(scope, () -> {
                Database database = DatabaseFactory.getInstance()
                        .findCorrectDatabaseImplementation(new JdbcConnection(connection));
                // Liquibase.close() would close the connection, which the caller owns.
                Liquibase liquibase = new Liquibase(changelog, new ClassLoaderResourceAccessor(resources), database);
                DatabaseChangeLog parsed = liquibase.getDatabaseChangeLog();
                total.set(parsed.getChangeSets().size());
                liquibase.setChangeExecListener(new AbstractChangeExecListener() {
                    @Override
                    public void willRun(ChangeSet changeSet, DatabaseChangeLog log, Database db, ChangeSet.RunStatus status) {
                        running.set(changeSet.toString(false));
                    }

                    @Override
                    public void ran(ChangeSet changeSet, DatabaseChangeLog log, Database db, ChangeSet.ExecType type) {
                        applied.incrementAndGet();
                        running.set(null);
                    }
                });
                liquibase.update(new Contexts(), new LabelExpression());
            });
            return new ChangelogRun(total.get(), applied.get(), null, null);
        } catch (Exception e) {
            return new ChangelogRun(total.get(), applied.get(), running.get(), rootMessage(e));
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    /** The innermost cause's message, first line only: what went wrong, without the wrapping. */
    public static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage();
        return message == null ? root.getClass().getSimpleName() : message.strip().lines().findFirst().orElse(message);
    }
}
