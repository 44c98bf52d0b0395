package org.shopdb.api.family;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.shopdb.api.error.FieldError;
import org.shopdb.api.error.ValidationException;

/**
 * Records of column values, by the platform's naming rule: a component's column (and JSON
 * field) name is its name in lower case ({@code osVersion} → {@code osversion}). Component types
 * may be {@code String}, {@code Integer}/{@code int}, {@code Long}/{@code long},
 * {@code Boolean}/{@code boolean}, {@code BigDecimal}, {@code Double}, {@code Instant} (ISO-8601
 * text, kept to the second as {@link Times} explains) and {@code LocalDate} ({@code 2026-11-25}).
 */
public final class RecordFields {

    private RecordFields() {
    }

    /** The column names of {@code type}, in component order. */
    public static List<String> names(Class<? extends Record> type) {
        return Arrays.stream(type.getRecordComponents()).map(RecordFields::column).toList();
    }

    /** Column name to value, in component order. */
    public static Map<String, Object> byName(Record fields) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (RecordComponent component : fields.getClass().getRecordComponents()) {
            try {
                values.put(column(component), component.getAccessor().invoke(fields));
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException("cannot read " + component.getName() + " of " + fields.getClass().getName()
                        + "; the record and its components must be public", e);
            }
        }
        return values;
    }

    /**
     * A record of {@code type} from values by column name (JSON as Jackson reads it: numbers as
     * any {@link Number}, times as text). Names {@code type} does not have are ignored, missing
     * ones are {@code null} ({@code false}/{@code 0} for primitives); text is trimmed, blank
     * text is {@code null}.
     *
     * @throws ValidationException naming every value of the wrong type
     */
    public static <F extends Record> F read(Class<F> type, Map<String, ?> values) {
        RecordComponent[] components = type.getRecordComponents();
        Object[] arguments = new Object[components.length];
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < components.length; i++) {
            String name = column(components[i]);
            try {
                arguments[i] = convert(values.get(name), components[i].getType());
            } catch (IllegalArgumentException wrongType) {
                errors.add(new FieldError(name, wrongType.getMessage()));
            }
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        try {
            Constructor<F> canonical = type.getDeclaredConstructor(Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new));
            return canonical.newInstance(arguments);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException refused) {
                throw refused;
            }
            throw new IllegalStateException("cannot create " + type.getName(), e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot create " + type.getName() + "; the record must be public", e);
        }
    }

    static String column(RecordComponent component) {
        return component.getName().toLowerCase(Locale.ROOT);
    }

    private static Object convert(Object value, Class<?> target) {
        if (value instanceof String text && text.isBlank()) {
            value = null;
        }
        if (value == null) {
            return target.isPrimitive() ? primitiveDefault(target) : null;
        }
        if (target == String.class) {
            if (value instanceof String text) {
                return text.trim();
            }
            throw new IllegalArgumentException("must be text");
        }
        if (target == Integer.class || target == int.class) {
            return Math.toIntExact(whole(value, Integer.MIN_VALUE, Integer.MAX_VALUE));
        }
        if (target == Long.class || target == long.class) {
            return whole(value, Long.MIN_VALUE, Long.MAX_VALUE);
        }
        if (target == Boolean.class || target == boolean.class) {
            if (value instanceof Boolean flag) {
                return flag;
            }
            throw new IllegalArgumentException("must be true or false");
        }
        if (target == BigDecimal.class) {
            return decimal(value);
        }
        if (target == Double.class || target == double.class) {
            return decimal(value).doubleValue();
        }
        if (target == Instant.class) {
            return instant(value);
        }
        if (target == LocalDate.class) {
            return date(value);
        }
        throw new IllegalStateException("unsupported field type " + target.getName());
    }

    private static long whole(Object value, long min, long max) {
        if (value instanceof Number number) {
            BigDecimal decimal = decimal(number);
            if (decimal.stripTrailingZeros().scale() <= 0 && decimal.compareTo(BigDecimal.valueOf(min)) >= 0
                    && decimal.compareTo(BigDecimal.valueOf(max)) <= 0) {
                return decimal.longValueExact();
            }
        }
        throw new IllegalArgumentException("must be a whole number between " + min + " and " + max);
    }

    private static BigDecimal decimal(Object value) {
        if (value instanceof BigDecimal decimal) {
            return decimal;
        }
        if (value instanceof Number number) {
            return new BigDecimal(number.toString());
        }
        throw new IllegalArgumentException("must be a number");
    }

    private static Instant instant(Object value) {
        if (value instanceof Instant instant) {
            return Times.stored(instant);
        }
        try {
            return Times.stored(Instant.parse(String.valueOf(value).trim()));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("must be an ISO-8601 time such as 2026-11-25T08:00:00Z");
        }
    }

    private static LocalDate date(Object value) {
        if (value instanceof LocalDate date) {
            return date;
        }
        try {
            return LocalDate.parse(String.valueOf(value).trim());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("must be a date such as 2026-11-25");
        }
    }

    private static Object primitiveDefault(Class<?> type) {
        if (type == boolean.class) {
            return false;
        }
        if (type == double.class) {
            return 0d;
        }
        return type == long.class ? 0L : 0;
    }
}
