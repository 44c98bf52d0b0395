package org.shopdb.core.internal.auth;

import java.util.function.Function;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.shopdb.api.schema.SchemaReady;
import org.shopdb.core.internal.persistence.CorePersistence;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * First start: when no user exists, creates {@value #ADMIN} with the password from
 * {@value #ENV_ADMIN_PASSWORD}, or the development default {@value #DEVELOPMENT_PASSWORD}
 * with a warning. Does nothing once any user exists, so changing the variable later does
 * not change the password. Registered once done: login is served only after it.
 */
@Component(service = AdminSeeder.class, immediate = true)
public class AdminSeeder {

    public static final String ENV_ADMIN_PASSWORD = "SHOPDB_ADMIN_PASSWORD";
    static final String ADMIN = "admin";
    public static final String DEVELOPMENT_PASSWORD = "shopdb-admin";
    private static final Logger LOG = LoggerFactory.getLogger(AdminSeeder.class);

    @Activate
    public AdminSeeder(@Reference UserStore users, @Reference(target = CorePersistence.SCHEMA_READY) SchemaReady schema) {
        seed(users, System::getenv);
    }

    static void seed(UserStore users, Function<String, String> env) {
        if (users.count() > 0) {
            return;
        }
        String configured = env.apply(ENV_ADMIN_PASSWORD);
        boolean development = configured == null || configured.isEmpty();
        char[] password = (development ? DEVELOPMENT_PASSWORD : configured).toCharArray();
        try {
            users.create(ADMIN, password, Role.ADMIN);
        } catch (RuntimeException e) {
            if (users.count() > 0) {
                LOG.info("Another ShopDB instance created the first user at the same time");
                return;
            }
            throw e;
        } finally {
            PasswordHasher.wipe(password);
        }
        if (development) {
            LOG.warn("Created user '{}' with the DEVELOPMENT DEFAULT password '{}': {} was not set. Change it before "
                    + "this instance holds real data.", ADMIN, DEVELOPMENT_PASSWORD, ENV_ADMIN_PASSWORD);
        } else {
            LOG.info("Created user '{}' with the password from {}", ADMIN, ENV_ADMIN_PASSWORD);
        }
    }
}
