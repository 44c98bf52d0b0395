package org.shopdb.core.internal.family;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.shopdb.api.error.FieldError;
import org.shopdb.api.error.InvalidRequestException;
import org.shopdb.api.error.ValidationException;
import org.shopdb.api.family.FamilyFields;

/**
 * Turns the values of a request or collector record into what a write stores, refusing what
 * the family does not allow: unknown fields, values of the wrong type, the field schema's
 * rules, the plugin's own checks.
 * {@code readOnly} fields are never taken from the values: they keep what the item holds.
 */
final class ItemChecks<F extends Record & FamilyFields> {

    /** Fields every item shows that no write sets; accepted in a body (a client may send back what it read) and ignored. */
    static final Set<String> BOOKKEEPING = Set.of("assetid", "createddate", "modifieddate", "version");

    private final FamilyDefinition<F> definition;

    ItemChecks(FamilyDefinition<F> definition) {
        this.definition = definition;
    }

    /**
     * Unknown fields and values of the wrong type make a request malformed (400); values the
     * schema or the plugin's rules refuse make it invalid (422, every such field named at once).
     *
     * @param current the item a replace starts from; {@code null} for a new one
     * @throws InvalidRequestException naming unknown fields or values of the wrong type
     * @throws ValidationException     naming every field a rule refuses
     */
    ItemValues<F> checked(Map<String, ?> values, LoadedItem<F> current) {
        FamilySchema schema = definition.schema();
        Map<String, Object> sent = new LinkedHashMap<>(values);
        BOOKKEEPING.forEach(sent::remove);
        List<FieldError> unknown = schema.unknown(sent);
        if (!unknown.isEmpty()) {
            throw new InvalidRequestException(unknown);
        }
        Map<String, Object> requested = new LinkedHashMap<>();
        sent.forEach((field, value) -> {
            if (value != null && !schema.isReadOnly(field)) {
                requested.put(field, value);
            }
        });
        Map<String, Object> stored = new LinkedHashMap<>(requested);
        if (current != null) {
            current.values().byName().forEach((field, value) -> {
                if (schema.isReadOnly(field)) {
                    stored.put(field, value);
                }
            });
        }
        ItemValues<F> item;
        try {
            item = ItemValues.read(definition.family().fieldsType(), stored, definition.hasAddress());
        } catch (ValidationException wrongTypes) {
            throw new InvalidRequestException(wrongTypes.errors());
        }
        List<FieldError> refused = new ArrayList<>(schema.check(requested));
        refused.addAll(definition.family().check(item.fields()));
        if (!refused.isEmpty()) {
            throw new ValidationException(refused);
        }
        return item;
    }
}
