package org.shopdb.plugins.printers.internal.supplies;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.shopdb.api.audit.FieldChange;
import org.shopdb.api.audit.FieldChanges;
import org.shopdb.api.error.FieldError;
import org.shopdb.api.error.ValidationException;

/**
 * What a report of a printer's supplies changes in its stored list: the reported list replaces
 * the stored one, matched by {@link Supply#key()} so that a cartridge whose level moved is the
 * same row, updated, and a cartridge of another description is a new one.
 *
 * @param <S> the stored supply (its row)
 */
public record SupplyChanges<S>(List<Supply> added, List<Updated<S>> updated, List<Stored<S>> removed) {

    /** A stored supply and its values. */
    public record Stored<S>(S row, Supply supply) {
    }

    /** A stored supply and the values it gets; {@link #changes()} old → new. */
    public record Updated<S>(S row, Supply before, Supply after) {

        public Map<String, FieldChange> changes() {
            return FieldChanges.between(before.byName(), after.byName());
        }

        /**
         * Whether the audit trail should show it: everything but a level going down. A falling
         * level is the wear a poller measures on every run; a level going up is a refill or a new
         * cartridge, which someone will want to find again.
         */
        public boolean worthAuditing() {
            Map<String, FieldChange> changes = changes();
            if (changes.size() != 1 || !changes.containsKey("levelpercent")) {
                return true;
            }
            return before.levelPercent() == null || after.levelPercent() == null || after.levelPercent() > before.levelPercent();
        }
    }

    /**
     * @param field the record's field holding the list, for errors ({@code supplies})
     * @throws ValidationException naming each reported supply whose key an earlier one in the list has already
     */
    public static <S> SupplyChanges<S> between(List<Stored<S>> stored, List<Supply> reported, String field) {
        Map<Supply.Key, Integer> firstIndex = new LinkedHashMap<>();
        List<FieldError> repeated = new ArrayList<>();
        for (int i = 0; i < reported.size(); i++) {
            Integer first = firstIndex.putIfAbsent(reported.get(i).key(), i);
            if (first != null) {
                repeated.add(new FieldError(field + "[" + i + "]", "has the kind, colour and description of " + field + "[" + first
                        + "]; tell them apart in the description (e.g. by slot)"));
            }
        }
        if (!repeated.isEmpty()) {
            throw new ValidationException(repeated);
        }
        Map<Supply.Key, Stored<S>> remaining = new LinkedHashMap<>();
        List<Stored<S>> removed = new ArrayList<>();
        for (Stored<S> supply : stored) {
            if (remaining.putIfAbsent(supply.supply().key(), supply) != null) {
                removed.add(supply); // a second row of one supply (written outside ShopDB): the report keeps one
            }
        }
        List<Supply> added = new ArrayList<>();
        List<Updated<S>> updated = new ArrayList<>();
        for (Supply supply : reported) {
            Stored<S> match = remaining.remove(supply.key());
            if (match == null) {
                added.add(supply);
            } else if (!match.supply().equals(supply)) {
                updated.add(new Updated<>(match.row(), match.supply(), supply));
            }
        }
        removed.addAll(remaining.values());
        return new SupplyChanges<>(added, updated, removed);
    }

    public boolean isEmpty() {
        return added.isEmpty() && updated.isEmpty() && removed.isEmpty();
    }
}
