package org.shopdb.plugins.agents.internal.inventory;

import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;

/**
 * Reading inventory trees that come typed (GLPI JSON) or as text everywhere (OCS XML): a
 * section is an object or an array of objects, a number may be a JSON number or its text.
 */
final class Nodes {

    private Nodes() {
    }

    /** The section's entries: an array's objects, or a lone object (XML with one element). */
    static List<JsonNode> list(JsonNode section) {
        List<JsonNode> entries = new ArrayList<>();
        if (section == null) {
            return entries;
        }
        if (section.isArray()) {
            section.forEach(entry -> {
                if (entry.isObject()) {
                    entries.add(entry);
                }
            });
        } else if (section.isObject()) {
            entries.add(section);
        }
        return entries;
    }

    /** The first entry of a section, or {@code null}. */
    static JsonNode first(JsonNode section) {
        List<JsonNode> entries = list(section);
        return entries.isEmpty() ? null : entries.get(0);
    }

    /** The field's text, trimmed; {@code null} when absent, empty or not a scalar. */
    static String text(JsonNode entry, String field) {
        if (entry == null) {
            return null;
        }
        JsonNode value = entry.get(field);
        if (value == null || !(value.isString() || value.isNumber() || value.isBoolean())) {
            return null;
        }
        String text = value.asString().trim();
        return text.isEmpty() ? null : text;
    }

    /** The first of the fields that has text. */
    static String text(JsonNode entry, String field, String alternative) {
        String text = text(entry, field);
        return text != null ? text : text(entry, alternative);
    }

    /** A whole number, from a JSON number or its text; {@code null} when absent or not a number. */
    static Long number(JsonNode entry, String field) {
        String text = text(entry, field);
        if (text == null) {
            return null;
        }
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException notWhole) {
            try {
                return Math.round(Double.parseDouble(text));
            } catch (NumberFormatException notANumber) {
                return null;
            }
        }
    }

    /** A flag: JSON true, or the agents' text for it ({@code 1}, {@code true}, {@code yes}). */
    static boolean flag(JsonNode entry, String field) {
        String text = text(entry, field);
        return text != null && (text.equals("1") || text.equalsIgnoreCase("true") || text.equalsIgnoreCase("yes"));
    }
}
