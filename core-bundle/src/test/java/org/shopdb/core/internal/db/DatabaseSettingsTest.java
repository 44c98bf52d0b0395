package org.shopdb.core.internal.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.annotation.Annotation;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;

class DatabaseSettingsTest {

    private static final Path DATA = Path.of("/opt/shopdb/data");

    @Test
    void noUrlAnywhereSelectsTheEmbeddedDatabaseUnderTheDataFolder() {
        DatabaseSettings settings = DatabaseSettings.resolve(config("", "", ""), Map.<String, String>of()::get, DATA);
        assertTrue(settings.url().startsWith("jdbc:h2:file:/opt/shopdb/data/shopdb/shopdb;"), settings.url());
        assertTrue(settings.url().contains("MODE=LEGACY"));
        assertTrue(settings.isEmbedded());
        assertEquals("org.h2.Driver", settings.driverClass());
    }

    @Test
    void environmentWinsOverTheConfigurationFile() {
        Map<String, String> env = Map.of("SHOPDB_DB_URL", "jdbc:mysql://db:3306/shopdb", "SHOPDB_DB_USER", "shop",
                "SHOPDB_DB_PASSWORD", "secret", "SHOPDB_DB_POOL_SIZE", "25");
        DatabaseSettings settings = DatabaseSettings.resolve(config("jdbc:h2:mem:x", "sa", ""), env::get, DATA);
        assertEquals("jdbc:mysql://db:3306/shopdb", settings.url());
        assertEquals("shop", settings.user());
        assertEquals("secret", settings.password());
        assertEquals(25, settings.poolSize());
        assertFalse(settings.isEmbedded());
        assertEquals("com.mysql.cj.jdbc.Driver", settings.driverClass());
    }

    @Test
    void mariadbUrlsAreServedByTheMysqlDriver() {
        DatabaseSettings settings = DatabaseSettings.resolve(config("jdbc:mariadb://db/shopdb", "", ""), Map.<String, String>of()::get, DATA);
        assertEquals("mysql", settings.driverName());
        assertEquals("jdbc:mysql://db/shopdb", settings.driverUrl());
    }

    @Test
    void unsupportedUrlIsRefusedNamingTheVariable() {
        DatabaseSettings settings = DatabaseSettings.resolve(config("jdbc:postgresql://db/shopdb", "", ""), Map.<String, String>of()::get, DATA);
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, settings::driverName);
        assertTrue(error.getMessage().contains("SHOPDB_DB_URL"), error.getMessage());
    }

    @Test
    void nonNumericPoolSizeIsRefusedNamingTheVariable() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> DatabaseSettings.resolve(config("", "", ""), Map.of("SHOPDB_DB_POOL_SIZE", "many")::get, DATA));
        assertTrue(error.getMessage().contains("SHOPDB_DB_POOL_SIZE"), error.getMessage());
    }

    @Test
    void redactedUrlHidesCredentialsAndParameters() {
        DatabaseSettings settings = DatabaseSettings.resolve(
                config("jdbc:mysql://shop:secret@db:3306/shopdb?password=secret", "", ""), Map.<String, String>of()::get, DATA);
        assertEquals("jdbc:mysql://db:3306/shopdb", settings.redactedUrl());
        assertFalse(settings.toString().contains("secret"));
    }

    private static DatabaseConfig config(String url, String user, String password) {
        return new DatabaseConfig() {
            @Override
            public Class<? extends Annotation> annotationType() {
                return DatabaseConfig.class;
            }

            @Override
            public String url() {
                return url;
            }

            @Override
            public String user() {
                return user;
            }

            @Override
            public String password() {
                return password;
            }

            @Override
            public int poolSize() {
                return 10;
            }

            @Override
            public long connectionTimeoutMs() {
                return 5000;
            }
        };
    }
}
