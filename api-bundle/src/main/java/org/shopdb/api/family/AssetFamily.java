package org.shopdb.api.family;

import java.net.URL;
import java.util.List;
import java.util.Set;

import org.osgi.annotation.versioning.ConsumerType;
import org.shopdb.api.error.FieldError;

/**
 * What the core needs to know about a plugin's asset family to store it: see
 * {@link AssetFamilies#store}. One instance per plugin, usually a constant.
 *
 * @param <F> the record of the plugin's own columns
 */
@ConsumerType
public interface AssetFamily<F extends Record & FamilyFields> {

    /** The asset type of every item, e.g. {@code camera}; seeded by the plugin's install hook. */
    String typeCode();

    /** Human name of the asset type, e.g. {@code Camera}. */
    String typeName();

    /** The plugin owning the type and the table, e.g. {@code cameras} (its {@code shopdb.plugin} name). */
    String owner();

    /** Entity type of the audit rows of the plugin's columns and of "not found" errors, e.g. {@code Camera}. */
    String entityName();

    /** The plugin's table, keyed by {@code assetid}, e.g. {@code cameras}. */
    String table();

    /** The record of the plugin's own columns (every column of {@link #table()} but {@code assetid} and {@code version}). */
    Class<F> fieldsType();

    /**
     * The family's field schema (the same document as the plugin's
     * {@link org.shopdb.api.plugin.FieldSchemaProvider}): request bodies and collector records are
     * checked against its types, lengths, ranges, patterns and {@code required} list, and its
     * {@code readOnly} fields are never taken from a request.
     */
    URL fieldSchema();

    /** List filters on the plugin's columns, offered as query parameters of the same name. */
    default List<FilterParameter> filters() {
        return List.of();
    }

    /** Plugin columns a list may be sorted by, besides the asset's ({@code assetid}, {@code assetnumber}, {@code name}, {@code createddate}, {@code modifieddate}). */
    default Set<String> sortable() {
        return Set.of();
    }

    /**
     * Fields no two items of the family may share: plugin columns, or {@code macaddress} or
     * {@code ipaddress} (since 1.1) for the primary address. A clash is a 409 naming the item
     * holding the value. Values are compared as stored (MariaDB's default collation ignores case,
     * H2 does not): a family whose values may differ only in case stores them normalised (as
     * equipment upper-cases machine numbers and computers lower-case host names), as the core
     * does with addresses.
     */
    default Set<String> unique() {
        return Set.of();
    }

    /**
     * Read-only fields listing the asset numbers of related assets (a machine's
     * {@code controlledby}), each described in the field schema as a {@code readOnly} array.
     *
     * @since 1.1
     */
    default List<RelationshipField> relationshipFields() {
        return List.of();
    }

    /** Rules the schema cannot say (a URL without credentials, …); an empty list when the fields are fine. */
    default List<FieldError> check(F fields) {
        return List.of();
    }
}
