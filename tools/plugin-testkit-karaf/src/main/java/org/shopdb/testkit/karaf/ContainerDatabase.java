package org.shopdb.testkit.karaf;

import java.util.Map;

/**
 * The database one container runs on, handed to it the way an operator hands it over: as
 * {@code SHOPDB_DB_*} environment variables. Closed after the container has stopped.
 */
interface ContainerDatabase extends AutoCloseable {

    /** {@code SHOPDB_DB_URL}, {@code SHOPDB_DB_USER}, {@code SHOPDB_DB_PASSWORD} for the container. */
    Map<String, String> environment();

    /** Says which database it is, without secrets. */
    String describe();

    @Override
    void close();

    /**
     * ShopDB's embedded H2 database in the container's data folder, new with every container.
     * Empty variables select it, also when the test JVM itself has {@code SHOPDB_DB_URL} set.
     */
    static ContainerDatabase embedded() {
        return new ContainerDatabase() {
            @Override
            public Map<String, String> environment() {
                return Map.of("SHOPDB_DB_URL", "", "SHOPDB_DB_USER", "", "SHOPDB_DB_PASSWORD", "");
            }

            @Override
            public String describe() {
                return "the embedded database";
            }

            @Override
            public void close() {
                // the database lives in the container's folder, which goes with it
            }
        };
    }
}
