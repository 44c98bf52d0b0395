package org.shopdb.core.internal.mode;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.shopdb.core.internal.auth.AdminSeeder;
import org.shopdb.core.internal.auth.AuthSettings;
import org.shopdb.core.internal.db.DatabaseSettings;

/**
 * What a production instance must have: a real signing secret, a real admin password, a
 * real database, secure cookies and no wildcard CORS. Each failed check names the variable.
 */
final class ProductionChecks {

    static final int MIN_ADMIN_PASSWORD_LENGTH = 12;

    private ProductionChecks() {
    }

    static List<ConfigurationProblem> check(ConfigurationSource settings) {
        List<ConfigurationProblem> problems = new ArrayList<>();
        checkSecret(settings.value(AuthSettings.ENV_JWT_SECRET, "jwtSecret"), problems);
        checkAdminPassword(settings.value(AdminSeeder.ENV_ADMIN_PASSWORD, null), problems);
        checkDatabase(settings.value(DatabaseSettings.ENV_URL, "url"), problems);
        checkCookie(settings.value(AuthSettings.ENV_COOKIE_SECURE, "cookieSecure"), problems);
        checkCors(settings.value(AuthSettings.ENV_CORS_ORIGINS, "cors.origins"), problems);
        return List.copyOf(problems);
    }

    private static void checkSecret(String secret, List<ConfigurationProblem> problems) {
        if (secret == null) {
            problems.add(new ConfigurationProblem(AuthSettings.ENV_JWT_SECRET,
                    "not set; tokens would be signed with a random key lost on restart. Set at least "
                            + AuthSettings.MIN_SECRET_BYTES + " characters, e.g. 'openssl rand -base64 48'"));
        } else if (secret.getBytes(StandardCharsets.UTF_8).length < AuthSettings.MIN_SECRET_BYTES) {
            problems.add(new ConfigurationProblem(AuthSettings.ENV_JWT_SECRET,
                    "too short; it needs at least " + AuthSettings.MIN_SECRET_BYTES + " characters, e.g. 'openssl rand -base64 48'"));
        }
    }

    private static void checkAdminPassword(String password, List<ConfigurationProblem> problems) {
        if (password == null) {
            problems.add(new ConfigurationProblem(AdminSeeder.ENV_ADMIN_PASSWORD,
                    "not set; the admin account would get the development default password"));
        } else if (password.equals(AdminSeeder.DEVELOPMENT_PASSWORD)) {
            problems.add(new ConfigurationProblem(AdminSeeder.ENV_ADMIN_PASSWORD,
                    "is the published development default; choose a password of your own"));
        } else if (password.length() < MIN_ADMIN_PASSWORD_LENGTH) {
            problems.add(new ConfigurationProblem(AdminSeeder.ENV_ADMIN_PASSWORD,
                    "too short; use at least " + MIN_ADMIN_PASSWORD_LENGTH + " characters"));
        }
    }

    private static void checkDatabase(String url, List<ConfigurationProblem> problems) {
        if (url == null || url.toLowerCase(Locale.ROOT).startsWith("jdbc:h2:")) {
            problems.add(new ConfigurationProblem(DatabaseSettings.ENV_URL,
                    "selects the embedded database, which is for development and trials; "
                            + "point it at MySQL 8 (jdbc:mysql://HOST:3306/shopdb?characterEncoding=UTF-8)"));
        }
    }

    private static void checkCookie(String secure, List<ConfigurationProblem> problems) {
        if (secure == null || !Boolean.parseBoolean(secure)) {
            problems.add(new ConfigurationProblem(AuthSettings.ENV_COOKIE_SECURE,
                    "is not true; the login cookie would travel over plain HTTP. Serve ShopDB behind HTTPS and set it to true"));
        }
    }

    private static void checkCors(String origins, List<ConfigurationProblem> problems) {
        if (origins != null && Arrays.stream(origins.split(",")).map(String::trim).anyMatch("*"::equals)) {
            problems.add(new ConfigurationProblem(AuthSettings.ENV_CORS_ORIGINS,
                    "contains '*'; list the exact origins of the web UI instead (https://shopdb.example.com)"));
        }
    }
}
