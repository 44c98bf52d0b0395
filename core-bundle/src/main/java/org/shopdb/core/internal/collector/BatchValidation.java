package org.shopdb.core.internal.collector;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

import org.shopdb.api.error.FieldError;

import tools.jackson.databind.JsonNode;

/**
 * Checks a batch before anything is written: every record against the collector's schema,
 * and no natural key twice (which record would win is not for the server to guess).
 * Errors name the record as {@code records[i]} (0-based, in the order sent; a single
 * record is {@code records[0]}) and the field within it.
 */
public final class BatchValidation {

    private final SortedMap<Integer, List<FieldError>> invalid;
    private final List<FieldError> duplicates;
    private final Map<Integer, Map<String, Object>> values;

    private BatchValidation(SortedMap<Integer, List<FieldError>> invalid, List<FieldError> duplicates, Map<Integer, Map<String, Object>> values) {
        this.invalid = invalid;
        this.duplicates = duplicates;
        this.values = values;
    }

    public static BatchValidation of(List<JsonNode> records, RecordSchema schema, List<String> naturalKey) {
        SortedMap<Integer, List<FieldError>> invalid = new TreeMap<>();
        Map<Integer, Map<String, Object>> values = new HashMap<>();
        for (int index = 0; index < records.size(); index++) {
            List<FieldError> errors = check(index, records.get(index), schema, naturalKey, values);
            if (!errors.isEmpty()) {
                invalid.put(index, errors);
            }
        }
        return new BatchValidation(invalid, duplicates(records.size(), values, naturalKey), values);
    }

    /** The record's errors; a valid record's values are put into {@code values}. */
    private static List<FieldError> check(int index, JsonNode record, RecordSchema schema, List<String> naturalKey,
            Map<Integer, Map<String, Object>> values) {
        if (!record.isObject()) {
            return List.of(new FieldError(field(index, ""), "a record must be a JSON object"));
        }
        List<FieldError> errors = schema.validate(record).stream()
                .map(error -> new FieldError(field(index, error.field()), error.message())).toList();
        if (!errors.isEmpty()) {
            return errors;
        }
        Map<String, Object> converted;
        try {
            converted = RecordValues.toMap(record);
        } catch (IllegalArgumentException unrepresentable) {
            return List.of(new FieldError(field(index, ""), unrepresentable.getMessage()));
        }
        List<FieldError> missingKeys = naturalKey.stream().filter(key -> converted.get(key) == null)
                .map(key -> new FieldError(field(index, key), "is part of the natural key and must be given")).toList();
        if (missingKeys.isEmpty()) {
            values.put(index, converted);
        }
        return missingKeys;
    }

    private static List<FieldError> duplicates(int size, Map<Integer, Map<String, Object>> values, List<String> naturalKey) {
        List<FieldError> duplicates = new ArrayList<>();
        if (naturalKey.isEmpty()) {
            return duplicates;
        }
        Map<List<Object>, Integer> firstByKey = new HashMap<>();
        for (int index = 0; index < size; index++) {
            Map<String, Object> record = values.get(index);
            if (record == null) {
                continue;
            }
            List<Object> key = naturalKey.stream().map(record::get).toList();
            Integer first = firstByKey.putIfAbsent(key, index);
            if (first != null) {
                duplicates.add(new FieldError(field(index, ""), "has the same natural key " + describe(naturalKey, key)
                        + " as records[" + first + "]; send each thing once per batch"));
            }
        }
        return duplicates;
    }

    private static String describe(List<String> fields, List<Object> values) {
        StringBuilder text = new StringBuilder("(");
        for (int i = 0; i < fields.size(); i++) {
            text.append(i == 0 ? "" : ", ").append(fields.get(i)).append('=').append(values.get(i));
        }
        return text.append(')').toString();
    }

    static String field(int index, String field) {
        return "records[" + index + "]" + (field.isEmpty() ? "" : field.startsWith("[") ? field : "." + field);
    }

    /** Records that break the schema, by index, each with its errors. */
    public SortedMap<Integer, List<FieldError>> invalidRecords() {
        return Collections.unmodifiableSortedMap(invalid);
    }

    /** One error for each record repeating an earlier record's natural key. */
    public List<FieldError> duplicates() {
        return List.copyOf(duplicates);
    }

    /** Every schema error of every record, in record order. */
    public List<FieldError> schemaErrors() {
        return invalid.values().stream().flatMap(List::stream).toList();
    }

    /** The record at {@code index} as the collector receives it; only for valid records. */
    public Map<String, Object> values(int index) {
        Map<String, Object> record = values.get(index);
        if (record == null) {
            throw new IllegalArgumentException("records[" + index + "] is invalid");
        }
        return record;
    }
}
