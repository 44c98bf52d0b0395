package org.shopdb.core.internal.family;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.shopdb.api.error.FieldError;
import org.shopdb.api.error.ValidationException;
import org.shopdb.api.family.CommonFields;
import org.shopdb.api.family.FamilyFields;
import org.shopdb.api.family.PrimaryAddress;
import org.shopdb.api.family.RecordFields;

/**
 * What a write stores of an item: the asset's common fields, the plugin's and the primary
 * address ({@code null} for a family that shows none).
 */
record ItemValues<F extends Record & FamilyFields>(CommonFields common, F fields, PrimaryAddress address) {

    /**
     * Reads the three parts from values under their JSON names.
     *
     * @throws ValidationException naming every value of the wrong type
     */
    static <F extends Record & FamilyFields> ItemValues<F> read(Class<F> fieldsType, Map<String, ?> values, boolean addressed) {
        List<FieldError> errors = new ArrayList<>();
        CommonFields common = readPart(CommonFields.class, values, errors);
        F fields = readPart(fieldsType, values, errors);
        PrimaryAddress address = addressed ? readPart(PrimaryAddress.class, values, errors) : null;
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return new ItemValues<>(common, fields, address);
    }

    /** Under their JSON names: common fields, the plugin's, the address. */
    Map<String, Object> byName() {
        Map<String, Object> values = new LinkedHashMap<>(common.byName());
        values.putAll(fields.byName());
        if (address != null) {
            values.putAll(address.byName());
        }
        return values;
    }

    /** Whether storing these values over {@code current} would change nothing, addresses compared as the core stores them. */
    boolean sameAs(ItemValues<F> current) {
        return common.equals(current.common) && fields.equals(current.fields)
                && (address == null ? current.address == null : address.normalised().equals(current.address));
    }

    private static <R extends Record> R readPart(Class<R> type, Map<String, ?> values, List<FieldError> errors) {
        try {
            return RecordFields.read(type, values);
        } catch (ValidationException wrongTypes) {
            errors.addAll(wrongTypes.errors());
            return null;
        }
    }
}
