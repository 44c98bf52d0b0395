package org.shopdb.itests;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Makes the MariaDB/MySQL test database fresh: dropped and created again, utf8mb4. Runs in
 * the test driver before the container boots; the container reaches the database through
 * {@code SHOPDB_DB_URL}, {@code SHOPDB_DB_USER} and {@code SHOPDB_DB_PASSWORD}, set by the
 * build exactly as an operator sets them.
 */
public final class MariaDbDatabase {

    private MariaDbDatabase() {
    }

    public static void recreate() {
        String server = "jdbc:mysql://" + ShopdbDistribution.required("shopdb.it.mariadb.host") + ":"
                + ShopdbDistribution.required("shopdb.it.mariadb.port") + "/";
        String database = ShopdbDistribution.required("shopdb.it.mariadb.database");
        String expectedUrl = server + database;
        if (!expectedUrl.equals(System.getenv("SHOPDB_DB_URL"))) {
            throw new IllegalStateException("SHOPDB_DB_URL must be " + expectedUrl + " for the MariaDB suite, is "
                    + System.getenv("SHOPDB_DB_URL") + " (run it through Maven)");
        }
        try (Connection connection = DriverManager.getConnection(server, ShopdbDistribution.required("shopdb.it.mariadb.user"),
                System.getProperty("shopdb.it.mariadb.password", ""));
                Statement statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS `" + database + "`");
            statement.execute("CREATE DATABASE `" + database + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot prepare the MariaDB test database at " + server + ": " + e.getMessage(), e);
        }
    }

    /** Runs one statement in the test database, as the test driver (for setup a public API does not offer). */
    public static void execute(String sql) {
        String url = "jdbc:mysql://" + ShopdbDistribution.required("shopdb.it.mariadb.host") + ":"
                + ShopdbDistribution.required("shopdb.it.mariadb.port") + "/" + ShopdbDistribution.required("shopdb.it.mariadb.database");
        try (Connection connection = DriverManager.getConnection(url, ShopdbDistribution.required("shopdb.it.mariadb.user"),
                System.getProperty("shopdb.it.mariadb.password", ""));
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot run '" + sql + "' in the MariaDB test database: " + e.getMessage(), e);
        }
    }
}
