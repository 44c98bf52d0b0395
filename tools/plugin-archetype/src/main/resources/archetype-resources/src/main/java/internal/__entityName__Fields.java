package ${package}.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.shopdb.api.audit.FieldChange;
import org.shopdb.api.error.FieldError;
import org.shopdb.api.error.ValidationException;

/**
 * The plugin's own fields of a ${pluginName} item: the columns of table {@value ${entityName}AssetType#TABLE}
 * besides its key. A new field goes here (record, {@link #empty()}, {@link #fromValues}, {@link #byName()}),
 * into a new changeset of the changelog, {@link ${entityName}Entity}, {@link ${entityName}}, the request
 * body and schema/${pluginName}.json; nothing else (ShopDB's docs/PLUGIN-QUICKSTART.md, step 6).
 */
public record ${entityName}Fields(String vendor, String model) {

    public static final int NAME_LENGTH = 100;

    /** No values: what a new item starts from, and a deleted one ends with. */
    public static ${entityName}Fields empty() {
        return new ${entityName}Fields(null, null);
    }

    /** The fields from values by name (as {@link #byName()} gives them); names it does not know are ignored. */
    public static ${entityName}Fields fromValues(Map<String, ?> values) {
        return new ${entityName}Fields((String) values.get("vendor"), (String) values.get("model"));
    }

    /** @throws ValidationException naming every bad field */
    public void validate() {
        List<FieldError> errors = new ArrayList<>();
        if (model == null || model.isBlank()) {
            errors.add(new FieldError("model", "is required"));
        }
        checkLength(errors, "model", model);
        checkLength(errors, "vendor", vendor);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }

    /** Field name (as in the API and the table) to value, for the audit trail. */
    public Map<String, Object> byName() {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("vendor", vendor);
        values.put("model", model);
        return values;
    }

    /** These fields with the values {@code reported} carries laid over them; what it leaves out is kept. */
    public ${entityName}Fields with(Map<String, ?> reported) {
        Map<String, Object> values = byName();
        values.replaceAll((field, value) -> reported.containsKey(field) ? reported.get(field) : value);
        return fromValues(values);
    }

    /** What differs from {@code before} to this, old → new; a missing {@code before} counts as all {@code null}. */
    public Map<String, FieldChange> changesFrom(${entityName}Fields before) {
        Map<String, Object> from = before == null ? Map.of() : before.byName();
        Map<String, FieldChange> changes = new LinkedHashMap<>();
        byName().forEach((field, now) -> {
            Object old = from.get(field);
            if (!Objects.equals(old, now)) {
                changes.put(field, new FieldChange(old, now));
            }
        });
        return changes;
    }

    private static void checkLength(List<FieldError> errors, String field, String value) {
        if (value != null && value.length() > NAME_LENGTH) {
            errors.add(new FieldError(field, "must be at most " + NAME_LENGTH + " characters"));
        }
    }
}
