package org.shopdb.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.net.URLClassLoader;
import java.sql.Connection;
import java.sql.ResultSet;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PluginTestDatabaseTest {

    @TempDir
    Path classPath;

    @Test
    void holdsTheCoresTablesAndThePluginsOnTop() throws Exception {
        write("db/shopdb-widgets.xml", PluginJars.GOOD_CHANGELOG);
        DataSource database = withClassPath(() -> PluginTestDatabase.migrated("db/shopdb-widgets.xml"));
        try (Connection connection = database.getConnection();
                ResultSet tables = connection.getMetaData().getTables(null, null, "%", new String[] {"TABLE"})) {
            java.util.Set<String> names = new java.util.HashSet<>();
            while (tables.next()) {
                names.add(tables.getString("TABLE_NAME").toLowerCase(java.util.Locale.ROOT));
            }
            assertTrue(names.contains("assets"), names.toString());
            assertTrue(names.contains("widgets"), names.toString());
        }
    }

    @Test
    void assetsOfAPluginTypeCanBeAddedAndCascadeToThePluginRow() throws Exception {
        write("db/shopdb-widgets.xml", PluginJars.GOOD_CHANGELOG);
        DataSource database = withClassPath(() -> PluginTestDatabase.migrated("db/shopdb-widgets.xml"));
        long first = PluginTestDatabase.asset(database, "widget", "W-1");
        long second = PluginTestDatabase.asset(database, "widget", "W-2");
        assertTrue(second > first);
        try (Connection connection = database.getConnection(); java.sql.Statement sql = connection.createStatement()) {
            sql.execute("insert into widgets (assetid) values (" + first + ")");
            sql.execute("delete from assets where assetid = " + first);
            try (ResultSet rows = sql.executeQuery("select count(*) from widgets")) {
                rows.next();
                assertEquals(0, rows.getLong(1));
            }
        }
    }

    @Test
    void aFailingChangesetIsNamed() throws Exception {
        write("db/broken.xml", PluginJars.GOOD_CHANGELOG.replace("referencedTableName=\"assets\"", "referencedTableName=\"nosuchtable\""));
        IllegalStateException thrown = assertThrows(IllegalStateException.class,
                () -> withClassPath(() -> PluginTestDatabase.migrated("db/broken.xml")));
        assertTrue(thrown.getMessage().startsWith("Changelog db/broken.xml does not apply: changeset "), thrown.getMessage());
    }

    @Test
    void eachDatabaseIsFresh() throws Exception {
        DataSource first = PluginTestDatabase.migrated();
        try (Connection connection = first.getConnection()) {
            connection.createStatement().execute("create table scratch (x int)");
        }
        DataSource second = PluginTestDatabase.migrated();
        try (Connection connection = second.getConnection();
                ResultSet tables = connection.getMetaData().getTables(null, null, "SCRATCH", null)) {
            assertEquals(false, tables.next());
        }
    }

    private void write(String path, String content) throws Exception {
        Path file = classPath.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content, StandardCharsets.UTF_8);
    }

    private <T> T withClassPath(java.util.concurrent.Callable<T> work) throws Exception {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        try (URLClassLoader loader = new URLClassLoader(new java.net.URL[] {classPath.toUri().toURL()}, previous)) {
            thread.setContextClassLoader(loader);
            return work.call();
        } finally {
            thread.setContextClassLoader(previous);
        }
    }
}
