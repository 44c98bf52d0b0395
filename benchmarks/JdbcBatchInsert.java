import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;

/**
 * The baseline of benchmarks/collector-ingest.sh: writes the rows a collector batch writes
 * (asset, plugin row, audit entry per record) with plain JDBC batches, one transaction per
 * batch, into ShopDB's own tables. Prints "records seconds".
 *
 *   java -cp mysql-connector-j.jar JdbcBatchInsert.java URL USER PASSWORD RECORDS BATCH PREFIX
 */
public class JdbcBatchInsert {

    public static void main(String[] args) throws Exception {
        String url = args[0];
        int records = Integer.parseInt(args[3]);
        int batch = Integer.parseInt(args[4]);
        String prefix = args[5];
        try (Connection connection = DriverManager.getConnection(url, args[1], args[2])) {
            long typeId = id(connection, "select assettypeid from assettypes where code = 'probedevice'");
            long statusId = id(connection, "select statusid from assetstatuses where code = 'inservice'");
            connection.setAutoCommit(false);
            long start = System.nanoTime();
            try (PreparedStatement asset = connection.prepareStatement("insert into assets (assetnumber, name, assettypeid, statusid, "
                    + "isactive, createddate, modifieddate, version) values (?, ?, ?, ?, true, ?, ?, 0)", Statement.RETURN_GENERATED_KEYS);
                    PreparedStatement device = connection.prepareStatement("insert into probedevices (assetid, serial, firmware) values (?, ?, ?)");
                    PreparedStatement audit = connection.prepareStatement("insert into auditlog (occurredat, actor, actortype, action, "
                            + "entitytype, entityid, entityname, changes) values (?, 'jdbc-bench', 'API_KEY', 'CREATED', 'Asset', ?, ?, ?)")) {
                for (int from = 0; from < records; from += batch) {
                    int to = Math.min(records, from + batch);
                    Timestamp now = Timestamp.from(Instant.now());
                    for (int i = from; i < to; i++) {
                        String serial = String.format("%s-%07d", prefix, i);
                        asset.setString(1, serial);
                        asset.setString(2, "Bench device " + i);
                        asset.setLong(3, typeId);
                        asset.setLong(4, statusId);
                        asset.setTimestamp(5, now);
                        asset.setTimestamp(6, now);
                        asset.addBatch();
                    }
                    asset.executeBatch();
                    try (ResultSet keys = asset.getGeneratedKeys()) {
                        for (int i = from; keys.next(); i++) {
                            long assetId = keys.getLong(1);
                            String serial = String.format("%s-%07d", prefix, i);
                            device.setLong(1, assetId);
                            device.setString(2, serial);
                            device.setString(3, "1.0.0");
                            device.addBatch();
                            audit.setTimestamp(1, now);
                            audit.setString(2, Long.toString(assetId));
                            audit.setString(3, "Bench device " + i);
                            audit.setString(4, "{\"assetnumber\":{\"from\":null,\"to\":\"" + serial + "\"}}");
                            audit.addBatch();
                        }
                    }
                    device.executeBatch();
                    audit.executeBatch();
                    connection.commit();
                }
            }
            System.out.printf("%d %.3f%n", records, (System.nanoTime() - start) / 1e9);
        }
    }

    private static long id(Connection connection, String sql) throws Exception {
        try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
            if (!rs.next()) {
                throw new IllegalStateException("nothing for: " + sql);
            }
            return rs.getLong(1);
        }
    }
}
