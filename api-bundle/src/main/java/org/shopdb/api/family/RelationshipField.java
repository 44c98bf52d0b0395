package org.shopdb.api.family;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A read-only field every item of a family shows: the asset numbers of the assets related to
 * the item by one relationship type of the core's
 * {@link org.shopdb.api.asset.AssetRelationshipService}, sorted. A machine's
 * {@code controlledby} lists the PCs that {@code controls} it:
 * {@code RelationshipField.incoming("controlledby", "controls")}; the PC's own view would be
 * {@code RelationshipField.outgoing("controls", "controls")}.
 *
 * <p>The store reads it with the items (one query per field for a whole page) and never writes
 * it: relationships are made and removed through the relationship service (or
 * {@code /api/assets/{id}/relationships}). The family's field schema describes it as a
 * {@code readOnly} array of strings, so a client sending back what it read is not refused.
 *
 * @param field     the JSON field, a lower-case concatenated name of no column or common field
 * @param type      the relationship type, e.g. {@code controls}
 * @param direction which end of the relationship the item is
 * @since 1.1
 */
public record RelationshipField(String field, String type, Direction direction) {

    private static final Pattern TYPE = Pattern.compile("[a-z][a-z0-9_]{0,29}");

    /** Which end of the relationships the item is. */
    public enum Direction {
        /** The item is the target: the field lists the assets that relate to it ({@code controlledby}). */
        INCOMING,
        /** The item is the source: the field lists the assets it relates to ({@code controls}). */
        OUTGOING
    }

    public RelationshipField {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(direction, "direction");
        if (type == null || !TYPE.matcher(type).matches()) {
            throw new IllegalArgumentException("relationship type '" + type + "' is not a lower-case word of letters, digits and _ (at most 30)");
        }
    }

    /** The assets having a {@code type} relationship to the item. */
    public static RelationshipField incoming(String field, String type) {
        return new RelationshipField(field, type, Direction.INCOMING);
    }

    /** The assets the item has a {@code type} relationship to. */
    public static RelationshipField outgoing(String field, String type) {
        return new RelationshipField(field, type, Direction.OUTGOING);
    }
}
