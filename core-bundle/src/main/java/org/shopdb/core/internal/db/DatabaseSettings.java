package org.shopdb.core.internal.db;

import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Function;

import org.shopdb.core.internal.settings.SettingValues;

/**
 * Effective database settings: the configuration, overridden by {@code SHOPDB_DB_*}
 * environment variables, with the JDBC driver chosen from the URL.
 */
public record DatabaseSettings(String url, String user, String password, int poolSize, long connectionTimeoutMs) {

    public static final String ENV_URL = "SHOPDB_DB_URL";
    public static final String ENV_USER = "SHOPDB_DB_USER";
    public static final String ENV_PASSWORD = "SHOPDB_DB_PASSWORD";
    public static final String ENV_POOL_SIZE = "SHOPDB_DB_POOL_SIZE";
    public static final String ENV_CONNECTION_TIMEOUT = "SHOPDB_DB_CONNECTION_TIMEOUT_MS";

    /** Short names of the drivers ShopDB ships, as shown in health and logs. */
    public static final String DRIVER_H2 = "h2";
    public static final String DRIVER_MYSQL = "mysql";

    /** {@code osgi.jdbc.driver.class} under which each driver's DataSourceFactory is registered. */
    private static final String DRIVER_CLASS_H2 = "org.h2.Driver";
    private static final String DRIVER_CLASS_MYSQL = "com.mysql.cj.jdbc.Driver";

    /**
     * @param env         environment lookup ({@code System::getenv} in production)
     * @param dataFolder  Karaf's data folder, home of the embedded database
     */
    public static DatabaseSettings resolve(DatabaseConfig config, Function<String, String> env, Path dataFolder) {
        String url = firstNonBlank(env.apply(ENV_URL), config.url());
        if (url == null) {
            url = embeddedUrl(dataFolder);
        }
        String user = firstNonBlank(env.apply(ENV_USER), config.user());
        String password = firstNonBlank(env.apply(ENV_PASSWORD), config.password());
        int poolSize = parsePositive(ENV_POOL_SIZE, env.apply(ENV_POOL_SIZE), config.poolSize());
        long timeout = parsePositive(ENV_CONNECTION_TIMEOUT, env.apply(ENV_CONNECTION_TIMEOUT), config.connectionTimeoutMs());
        return new DatabaseSettings(url, user == null ? "" : user, password == null ? "" : password, poolSize, timeout);
    }

    /**
     * The embedded database: H2 in a file under the data folder. {@code MODE=LEGACY} keeps
     * the identity-retrieval call EclipseLink 2.7 issues on H2 working with H2 2.x.
     */
    static String embeddedUrl(Path dataFolder) {
        Path file = dataFolder.resolve("shopdb").resolve("shopdb").toAbsolutePath();
        return "jdbc:h2:file:" + file.toString().replace('\\', '/') + ";MODE=LEGACY;DB_CLOSE_ON_EXIT=FALSE";
    }

    /** The {@code osgi.jdbc.driver.class} of the DataSourceFactory serving this URL. */
    public String driverClass() {
        return DRIVER_H2.equals(driverName()) ? DRIVER_CLASS_H2 : DRIVER_CLASS_MYSQL;
    }

    /** Short name of the driver serving this URL. */
    public String driverName() {
        String lower = url.toLowerCase(Locale.ROOT);
        if (lower.startsWith("jdbc:h2:")) {
            return DRIVER_H2;
        }
        if (lower.startsWith("jdbc:mysql:") || lower.startsWith("jdbc:mariadb:")) {
            return DRIVER_MYSQL;
        }
        throw new IllegalArgumentException("Unsupported database URL '" + redactedUrl()
                + "': ShopDB supports jdbc:h2: (embedded) and jdbc:mysql: (MySQL 8, MariaDB); set " + ENV_URL);
    }

    /** The URL as the MySQL driver should see it: MariaDB URLs are served by mysql-connector-j too. */
    public String driverUrl() {
        if (url.regionMatches(true, 0, "jdbc:mariadb:", 0, "jdbc:mariadb:".length())) {
            return "jdbc:mysql:" + url.substring("jdbc:mariadb:".length());
        }
        return url;
    }

    public boolean isEmbedded() {
        return DRIVER_H2.equals(driverName());
    }

    /** The URL without credentials or query parameters, for logs and health output. */
    public String redactedUrl() {
        String withoutParams = url.split("[?;]", 2)[0];
        return withoutParams.replaceAll("//[^/@]*@", "//");
    }

    @Override
    public String toString() {
        return "DatabaseSettings[url=" + redactedUrl() + ", user=" + user + ", poolSize=" + poolSize + "]";
    }

    private static String firstNonBlank(String... values) {
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                return value.trim();
            }
        }
        return null;
    }

    private static int parsePositive(String name, String raw, int fallback) {
        return (int) parsePositive(name, raw, (long) fallback);
    }

    private static long parsePositive(String name, String raw, long fallback) {
        return SettingValues.positive(name, raw, fallback);
    }

}
