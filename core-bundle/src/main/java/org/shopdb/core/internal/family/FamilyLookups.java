package org.shopdb.core.internal.family;

import java.util.List;
import java.util.Optional;

import org.shopdb.api.asset.NetworkIdentifiers;
import org.shopdb.api.error.ConflictException;
import org.shopdb.api.family.FamilyFields;
import org.shopdb.api.family.Lookup;

/** Finds a family's items by a natural key: the SQL of each {@link Lookup}, over the family's table. */
final class FamilyLookups<F extends Record & FamilyFields> {

    private final FamilyDefinition<F> definition;
    private final NativeSql sql;

    FamilyLookups(FamilyDefinition<F> definition, NativeSql sql) {
        this.definition = definition;
        this.sql = sql;
    }

    /**
     * @throws ConflictException when several items match: which one a record means is not for the server to guess
     * @throws IllegalArgumentException for a column the family does not have
     */
    Optional<Long> findId(Lookup lookup) {
        List<Long> ids = ids(lookup);
        if (ids.size() > 1) {
            throw new ConflictException(ids.size() + " " + definition.family().entityName() + " items match " + describe(lookup)
                    + " (ids " + ids + "); make the value unique first");
        }
        return ids.stream().findFirst();
    }

    /** Every item the lookup matches, lowest id first. */
    List<Long> ids(Lookup lookup) {
        String value = searchedValue(lookup);
        if (value == null) {
            return List.of();
        }
        return sql.rows(query(lookup), List.of(value)).stream().map(id -> ((Number) id).longValue()).sorted().toList();
    }

    /** The value as the table stores it (MAC and IP addresses normalised as the core stores them); {@code null}: nothing to look for. */
    static String searchedValue(Lookup lookup) {
        String value = lookup.value() == null || lookup.value().isBlank() ? null : lookup.value().trim();
        if (value == null) {
            return null;
        }
        if (lookup instanceof Lookup.MacAddress) {
            return NetworkIdentifiers.mac(value);
        }
        if (lookup instanceof Lookup.IpAddress) {
            return NetworkIdentifiers.ip(value);
        }
        return value;
    }

    String query(Lookup lookup) {
        String table = definition.table();
        if (lookup instanceof Lookup.Column column) {
            return "select p.assetid from " + table + " p where p." + checkedColumn(column.column()) + " = ?";
        }
        if (lookup instanceof Lookup.MacAddress || lookup instanceof Lookup.IpAddress) {
            String column = lookup instanceof Lookup.MacAddress ? "macaddress" : "ipaddress";
            return "select distinct n.assetid from networkaddresses n join " + table + " p on p.assetid = n.assetid where n." + column + " = ?";
        }
        String assetColumn = lookup instanceof Lookup.AssetNumber ? "assetnumber" : "serialnumber";
        return "select a.assetid from assets a join " + table + " p on p.assetid = a.assetid where a." + assetColumn + " = ?";
    }

    private String checkedColumn(String column) {
        if (!definition.hasColumn(column)) {
            throw new IllegalArgumentException("'" + column + "' is not a field of family '" + definition.family().typeCode() + "'");
        }
        return column;
    }

    private static String describe(Lookup lookup) {
        if (lookup instanceof Lookup.Column column) {
            return column.column() + " " + column.value();
        }
        String what = lookup instanceof Lookup.MacAddress ? "MAC address " : lookup instanceof Lookup.IpAddress ? "IP address "
                : lookup instanceof Lookup.AssetNumber ? "asset number " : "serial number ";
        return what + lookup.value();
    }
}
