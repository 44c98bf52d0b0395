package org.shopdb.api.plugin;

import java.net.URL;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Hook: describes the plugin's asset family so a generic UI can render list, detail and form
 * views; served at {@code /api/plugins/{name}/schema}.
 *
 * <p>The document is a JSON Schema (draft 2020-12) object schema whose properties carry
 * {@code title} and {@code description}, with the standard {@code required} list, plus ShopDB's
 * keywords on each property: {@code "x-listed": true} (shown as a list column),
 * {@code "x-filterable": true} (offered as a list filter, a query parameter of the same name) and
 * {@code "x-searchable": true} (fed to global search through a {@link SearchFieldProvider}).
 */
@ConsumerType
public interface FieldSchemaProvider {

    /** The schema, typically {@code getClass().getResource("/schema/cameras.json")}. */
    URL fieldSchema();

    /** The API collection of the family, e.g. {@code /api/cameras}. */
    String collectionPath();
}
