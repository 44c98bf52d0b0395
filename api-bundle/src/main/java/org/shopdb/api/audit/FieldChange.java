package org.shopdb.api.audit;

/** One field's value before and after a change; {@code null} where there was none. */
public record FieldChange(Object from, Object to) {
}
