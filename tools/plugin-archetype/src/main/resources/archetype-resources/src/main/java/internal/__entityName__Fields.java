package ${package}.internal;

import org.shopdb.api.family.FamilyFields;

/**
 * The plugin's own columns of table {@value ${entityName}Family#TABLE} besides its key and version,
 * as JSON and the table name them in lower case ({@code serialNumber} ↔ {@code serialnumber}).
 * A new field goes here, into {@link ${entityName}Entity}, a new changeset of the changelog and
 * schema/${pluginName}.json — nothing else (docs/PLUGIN-QUICKSTART.md, "Add a field").
 * Its type, length and range rules are the schema's; rules a schema cannot say go into
 * {@link ${entityName}Family#check}.
 */
public record ${entityName}Fields(String vendor, String model) implements FamilyFields {
}
