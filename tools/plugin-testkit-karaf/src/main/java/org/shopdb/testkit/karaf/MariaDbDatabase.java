package org.shopdb.testkit.karaf;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A database of its own for one container on a MariaDB or MySQL 8 server: created empty
 * (utf8mb4) before the container starts, dropped when it has stopped. Its name,
 * {@code shopdbtest_<test class>_<random>}, is new every time, so no existing database is
 * touched and two builds on one server do not meet.
 */
final class MariaDbDatabase implements ContainerDatabase {

    /** System properties that put every container of a test run on such a server. */
    static final String URL_PROPERTY = "shopdb.test.mariadb.url";
    static final String USER_PROPERTY = "shopdb.test.mariadb.user";
    static final String PASSWORD_PROPERTY = "shopdb.test.mariadb.password";
    static final String NAME_PREFIX = "shopdbtest_";

    /** {@code jdbc:mysql://host[:port]}, an optional "/" and nothing else but parameters. */
    private static final Pattern SERVER_URL = Pattern.compile("(jdbc:mysql://[^/?]+)/?(\\?.*)?");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final String server;
    private final String parameters;
    private final String user;
    private final String password;
    private final String name;

    private MariaDbDatabase(String server, String parameters, String user, String password, String name) {
        this.server = server;
        this.parameters = parameters;
        this.user = user;
        this.password = password;
        this.name = name;
    }

    /** A MariaDB/MySQL 8 server ({@code jdbc:mysql://HOST:PORT/}) and the account that creates and drops the databases. */
    record Server(String url, String user, String password) {

        /** The server the system properties name, if they name one (user {@code root} and an empty password by default). */
        static Optional<Server> fromSystemProperties() {
            String url = System.getProperty(URL_PROPERTY, "");
            return url.isBlank() ? Optional.empty()
                    : Optional.of(new Server(url, System.getProperty(USER_PROPERTY, "root"), System.getProperty(PASSWORD_PROPERTY, "")));
        }

        MariaDbDatabase newDatabase(String label) {
            return create(url, user, password, label);
        }
    }

    /** A new, empty database on the server at {@code serverUrl} ({@code jdbc:mysql://127.0.0.1:3306/}). */
    static MariaDbDatabase create(String serverUrl, String user, String password, String label) {
        Matcher url = SERVER_URL.matcher(serverUrl.strip());
        if (!url.matches()) {
            throw new IllegalArgumentException("MariaDB server URL '" + serverUrl + "' (" + URL_PROPERTY
                    + ") should name a server, not a database: jdbc:mysql://HOST:PORT/");
        }
        MariaDbDatabase database = new MariaDbDatabase(url.group(1), url.group(2) == null ? "" : url.group(2), user,
                password == null ? "" : password, databaseName(label));
        database.execute("CREATE DATABASE `" + database.name + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        return database;
    }

    static String databaseName(String label) {
        String cleaned = label.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
        String shortened = cleaned.substring(0, Math.min(cleaned.length(), 32));
        byte[] random = new byte[4];
        RANDOM.nextBytes(random);
        return NAME_PREFIX + shortened + "_" + HexFormat.of().formatHex(random);
    }

    String name() {
        return name;
    }

    /** The database's JDBC URL, as the container gets it. */
    String url() {
        return server + "/" + name + parameters;
    }

    @Override
    public Map<String, String> environment() {
        return Map.of("SHOPDB_DB_URL", url(), "SHOPDB_DB_USER", user, "SHOPDB_DB_PASSWORD", password);
    }

    @Override
    public String describe() {
        return "database " + name + " on " + server;
    }

    @Override
    public void close() {
        execute("DROP DATABASE IF EXISTS `" + name + "`");
    }

    private void execute(String sql) {
        try (Connection connection = DriverManager.getConnection(server + "/" + parameters, user, password);
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot run '" + sql + "' on the MariaDB server " + server + " as " + user
                    + " (" + URL_PROPERTY + ", " + USER_PROPERTY + ", " + PASSWORD_PROPERTY + "): " + e.getMessage(), e);
        }
    }
}
