package org.shopdb.core.internal.search;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;

import javax.sql.DataSource;

import org.shopdb.api.tx.UnitOfWork;

/** Small JDBC helpers of the search package. */
final class Sql {

    /** Most values bound to one {@code IN (...)} list or multi-row insert. */
    static final int CHUNK = 500;

    private Sql() {
    }

    /** {@code ?, ?, ?} for {@code count} parameters. */
    static String placeholders(int count) {
        return String.join(", ", Collections.nCopies(count, "?"));
    }

    static <T> List<List<T>> chunks(Collection<T> all, int size) {
        List<List<T>> chunks = new ArrayList<>();
        List<T> list = List.copyOf(all);
        for (int from = 0; from < list.size(); from += size) {
            chunks.add(list.subList(from, Math.min(list.size(), from + size)));
        }
        return chunks;
    }

    static void bindLongs(PreparedStatement statement, int firstIndex, List<Long> values) throws SQLException {
        for (int i = 0; i < values.size(); i++) {
            statement.setLong(firstIndex + i, values.get(i));
        }
    }

    /** Runs {@code work} on the transaction's connection (joining the caller's transaction, or in one of its own). */
    static <T> T required(UnitOfWork unitOfWork, DataSource dataSource, String what, Work<T> work) {
        return unitOfWork.required(() -> withConnection(dataSource, what, work));
    }

    /** Runs {@code work} on a connection of its own, or on the transaction's when the caller is in one. */
    static <T> T withConnection(DataSource dataSource, String what, Work<T> work) {
        try (Connection connection = dataSource.getConnection()) {
            return work.run(connection);
        } catch (SQLException e) {
            throw new IndexFailure(what, e);
        }
    }

    @FunctionalInterface
    interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    /** A failure of the search index's SQL, passed on unchecked: it ends (and rolls back) the caller's transaction. */
    static final class IndexFailure extends RuntimeException {

        private static final long serialVersionUID = 1L;

        IndexFailure(String what, SQLException cause) {
            super("search index: cannot " + what + ": " + cause.getMessage(), cause);
        }
    }
}
