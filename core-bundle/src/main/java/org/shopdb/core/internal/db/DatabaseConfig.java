package org.shopdb.core.internal.db;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * Connection settings of ShopDB's database ({@code etc/org.shopdb.db.cfg}). Each value can
 * be overridden from the environment, see {@link DatabaseSettings}.
 */
@ObjectClassDefinition(name = "ShopDB database", description = "Connection pool of ShopDB's database")
public @interface DatabaseConfig {

    String PID = "org.shopdb.db";

    @AttributeDefinition(description = "JDBC URL; empty selects the embedded H2 database under Karaf's data folder (env SHOPDB_DB_URL)")
    String url() default "";

    @AttributeDefinition(description = "Database user (env SHOPDB_DB_USER)")
    String user() default "";

    @AttributeDefinition(description = "Database password (env SHOPDB_DB_PASSWORD)", type = org.osgi.service.metatype.annotations.AttributeType.PASSWORD)
    String password() default "";

    @AttributeDefinition(description = "Largest number of pooled connections (env SHOPDB_DB_POOL_SIZE)")
    int poolSize() default 10;

    @AttributeDefinition(description = "Milliseconds to wait for a free connection before failing (env SHOPDB_DB_CONNECTION_TIMEOUT_MS)")
    long connectionTimeoutMs() default 5000;
}
