package org.shopdb.core.internal.search;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The core's searchable values of assets: asset number, name, serial number, then the hostname,
 * IP and MAC address of each network address. The order is the order in which a contains hit
 * names its {@code matchedfield}.
 */
final class CoreValues {

    static final String ASSET_NUMBER = "assetnumber";
    static final String NAME = "name";
    static final String SERIAL_NUMBER = "serialnumber";
    static final String HOSTNAME = "hostname";
    static final String IP_ADDRESS = "ipaddress";

    private static final String ADDRESSES = "select assetid, hostname, ipaddress, macaddress from networkaddresses where ";

    private CoreValues() {
    }

    /** The values of an asset just inserted (it has no address yet). */
    static List<SearchableValue> ofNewAsset(String assetNumber, String name, String serialNumber) {
        List<SearchableValue> values = new ArrayList<>();
        assetValues(values, assetNumber, name, serialNumber);
        return values;
    }

    /**
     * The values of one asset, its row locked first so that concurrent re-indexings of the same
     * asset take turns; locking reads, so that they see the latest committed values whatever
     * snapshot the caller's transaction holds. Empty when the asset does not exist.
     */
    static Optional<List<SearchableValue>> lockAndRead(Connection connection, long assetId) throws SQLException {
        List<SearchableValue> values = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(
                "select assetnumber, name, serialnumber from assets where assetid = ? for update")) {
            select.setLong(1, assetId);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                assetValues(values, row.getString(1), row.getString(2), row.getString(3));
            }
        }
        try (PreparedStatement select = connection.prepareStatement(ADDRESSES + "assetid = ? order by addressid for update")) {
            select.setLong(1, assetId);
            Map<Long, List<SearchableValue>> byAsset = new LinkedHashMap<>();
            byAsset.put(assetId, values);
            readAddresses(select, byAsset);
        }
        return Optional.of(values);
    }

    /**
     * The values of the next {@code limit} assets above {@code afterAssetId}, by id, their rows
     * locked first (a backfill step in a transaction of its own: its plain reads come after the locks).
     */
    static Map<Long, List<SearchableValue>> lockAndReadAfter(Connection connection, long afterAssetId, int limit) throws SQLException {
        Map<Long, List<SearchableValue>> byAsset = new LinkedHashMap<>();
        try (PreparedStatement select = connection.prepareStatement(
                "select assetid, assetnumber, name, serialnumber from assets where assetid > ? order by assetid limit ? for update")) {
            select.setLong(1, afterAssetId);
            select.setInt(2, limit);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    List<SearchableValue> values = new ArrayList<>();
                    assetValues(values, rows.getString(2), rows.getString(3), rows.getString(4));
                    byAsset.put(rows.getLong(1), values);
                }
            }
        }
        if (!byAsset.isEmpty()) {
            List<Long> ids = List.copyOf(byAsset.keySet());
            try (PreparedStatement select = connection.prepareStatement(ADDRESSES + "assetid between ? and ? order by addressid")) {
                select.setLong(1, ids.get(0));
                select.setLong(2, ids.get(ids.size() - 1));
                readAddresses(select, byAsset);
            }
        }
        return byAsset;
    }

    /** An asset as a search hit shows it, with its core values. */
    record Candidate(long assetId, String assetNumber, String name, String assetTypeCode, List<SearchableValue> values) {
    }

    /** The candidates among these assets that still exist. */
    static Map<Long, Candidate> candidates(Connection connection, Collection<Long> assetIds) throws SQLException {
        Map<Long, Candidate> candidates = new LinkedHashMap<>();
        Map<Long, List<SearchableValue>> values = new LinkedHashMap<>();
        for (List<Long> chunk : Sql.chunks(assetIds, Sql.CHUNK)) {
            try (PreparedStatement select = connection.prepareStatement("select a.assetid, a.assetnumber, a.name, t.code, a.serialnumber"
                    + " from assets a left join assettypes t on t.assettypeid = a.assettypeid where a.assetid in ("
                    + Sql.placeholders(chunk.size()) + ")")) {
                Sql.bindLongs(select, 1, chunk);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        long assetId = rows.getLong(1);
                        List<SearchableValue> own = new ArrayList<>();
                        assetValues(own, rows.getString(2), rows.getString(3), rows.getString(5));
                        values.put(assetId, own);
                        candidates.put(assetId, new Candidate(assetId, rows.getString(2), rows.getString(3), rows.getString(4), own));
                    }
                }
            }
            try (PreparedStatement select = connection.prepareStatement(ADDRESSES + "assetid in (" + Sql.placeholders(chunk.size())
                    + ") order by addressid")) {
                Sql.bindLongs(select, 1, chunk);
                readAddresses(select, values);
            }
        }
        return candidates;
    }

    private static void assetValues(List<SearchableValue> values, String assetNumber, String name, String serialNumber) {
        add(values, ASSET_NUMBER, assetNumber);
        add(values, NAME, name);
        add(values, SERIAL_NUMBER, serialNumber);
    }

    /** Adds each address's values to its asset's list: all hostnames, then all IPs, then all MACs. */
    private static void readAddresses(PreparedStatement select, Map<Long, List<SearchableValue>> byAsset) throws SQLException {
        Map<Long, List<String[]>> addresses = new LinkedHashMap<>();
        try (ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                addresses.computeIfAbsent(rows.getLong(1), id -> new ArrayList<>())
                        .add(new String[] {rows.getString(2), rows.getString(3), rows.getString(4)});
            }
        }
        addresses.forEach((assetId, rows) -> {
            List<SearchableValue> values = byAsset.get(assetId);
            if (values != null) {
                rows.forEach(address -> add(values, HOSTNAME, address[0]));
                rows.forEach(address -> add(values, IP_ADDRESS, address[1]));
                rows.forEach(address -> add(values, SearchableValue.MAC_ADDRESS, address[2]));
            }
        });
    }

    private static void add(List<SearchableValue> values, String field, String value) {
        if (value != null && !value.isBlank()) {
            values.add(new SearchableValue(field, value));
        }
    }
}
