package org.shopdb.plugins.agents.internal.ingest;

import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;

import org.h2.jdbcx.JdbcDataSource;

import liquibase.Liquibase;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.ClassLoaderResourceAccessor;

/** An in-memory database with the core's and the agents plugin's changelogs applied and the computer asset type seeded. */
final class AgentsTestDatabase {

    private AgentsTestDatabase() {
    }

    static JdbcDataSource migrated() throws Exception {
        JdbcDataSource database = new JdbcDataSource();
        database.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";MODE=LEGACY;DB_CLOSE_DELAY=-1");
        try (Connection connection = database.getConnection()) {
            for (String changelog : List.of("db/shopdb-core.xml", "db/shopdb-agents.xml")) {
                new Liquibase(changelog, new ClassLoaderResourceAccessor(),
                        DatabaseFactory.getInstance().findCorrectDatabaseImplementation(new JdbcConnection(connection))).update("");
            }
        }
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("insert into assettypes (code, name, owner) values ('computer', 'Computer', 'test')");
        }
        return database;
    }
}
