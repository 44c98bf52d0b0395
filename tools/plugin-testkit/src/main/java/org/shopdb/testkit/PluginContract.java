package org.shopdb.testkit;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.osgi.framework.Filter;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.Version;
import org.shopdb.api.plugin.PluginCapabilities;

/**
 * The build-time half of the plugin contract: each check returns the violations it finds,
 * worded so that the plugin's author knows what to change.
 */
public final class PluginContract {

    /** Tables and columns: lower-case letters and digits, concatenated ({@code streamurl}). */
    static final Pattern NAME = Pattern.compile("[a-z][a-z0-9]*");
    private static final Pattern PLUGIN_NAME = Pattern.compile(PluginCapabilities.NAME_PATTERN);
    private static final Pattern RANGE_IN_FILTER = Pattern.compile("\\(version>=([^)]+)\\).*\\(!\\(version>=([^)]+)\\)\\)");

    private final PluginBundle bundle;
    private final String plugin;

    public PluginContract(PluginBundle bundle) {
        this.bundle = bundle;
        this.plugin = bundle.displayName();
    }

    /** Every violation the bundle has, all checks together. */
    public List<ContractViolation> violations() {
        List<ContractViolation> all = new ArrayList<>();
        all.addAll(identity());
        all.addAll(coreRange(CoreSchema.apiVersion()));
        all.addAll(changelog());
        return all;
    }

    public List<ContractViolation> identity() {
        List<ContractViolation> found = new ArrayList<>();
        var capabilities = bundle.pluginCapabilities();
        if (capabilities.size() != 1) {
            found.add(violation("provides " + capabilities.size() + " " + PluginCapabilities.PLUGIN_NAMESPACE
                    + " capabilities instead of one, so ShopDB does not know it as a plugin",
                    "use org.shopdb:shopdb-plugins as the parent POM and set <shopdb.plugin.name>, or add "
                            + "'Provide-Capability: shopdb.plugin;shopdb.plugin=NAME;version:Version=X.Y.Z'"));
            return found;
        }
        var capability = capabilities.get(0);
        String name = capability.attributes().get(PluginCapabilities.PLUGIN_NAMESPACE);
        if (name == null || !PLUGIN_NAME.matcher(name).matches()) {
            found.add(violation("its plugin name '" + name + "' is not lower-case letters and digits starting with a letter (2 to 31)",
                    "set <shopdb.plugin.name> to the name used in /api/NAME and feature shopdb-NAME, e.g. cameras"));
        }
        String version = capability.attributes().get(PluginCapabilities.VERSION_ATTRIBUTE);
        if (version == null) {
            found.add(violation("its shopdb.plugin capability has no version", "add version:Version=X.Y.Z to the capability"));
        } else {
            try {
                Version.parseVersion(version);
            } catch (IllegalArgumentException e) {
                found.add(violation("its plugin version '" + version + "' is not an OSGi version", "use MAJOR.MINOR.MICRO"));
            }
        }
        if (bundle.header("Bundle-SymbolicName").isEmpty()) {
            found.add(violation("has no Bundle-SymbolicName", "build it with maven-bundle-plugin (packaging bundle)"));
        }
        if (bundle.header("Bundle-Description").isEmpty()) {
            found.add(violation("has no Bundle-Description, which /api/plugins shows to operators",
                    "add a one-line <description> to the plugin's pom.xml"));
        }
        return found;
    }

    /** Whether this core's API version meets the plugin's {@code shopdb.api} requirement. */
    public List<ContractViolation> coreRange(Version provided) {
        var requirements = bundle.apiRequirements();
        if (requirements.isEmpty()) {
            return List.of(violation("does not say which core API versions it works with",
                    "use org.shopdb:shopdb-plugins as the parent POM, or add "
                            + "'Require-Capability: shopdb.api;filter:=\"(&(version>=1.0.0)(!(version>=2.0.0)))\"'"));
        }
        List<ContractViolation> found = new ArrayList<>();
        for (var requirement : requirements) {
            String filterText = requirement.directives().get("filter");
            try {
                Filter filter = FrameworkUtil.createFilter(filterText);
                if (!filter.matches(java.util.Map.of(PluginCapabilities.VERSION_ATTRIBUTE, provided))) {
                    found.add(violation("requires core API " + describe(filterText) + ", this core provides " + provided,
                            "build against the shopdb-api of that range, or widen <shopdb.api.range> if the plugin "
                                    + "really works with " + provided));
                }
            } catch (InvalidSyntaxException | NullPointerException e) {
                found.add(violation("has an unreadable shopdb.api requirement filter '" + filterText + "'",
                        "write it as (&(version>=1.0.0)(!(version>=2.0.0)))"));
            }
        }
        return found;
    }

    /** The changelog: present, readable, named, and its names following the rules. */
    public List<ContractViolation> changelog() {
        Optional<String> path = bundle.header(PluginBundle.CHANGELOG_HEADER);
        if (path.isEmpty()) {
            return List.of(violation("has no " + PluginBundle.CHANGELOG_HEADER + " header, so its tables are never created",
                    "add <ShopDB-Changelog>db/shopdb-NAME.xml</ShopDB-Changelog> to the bundle instructions"));
        }
        ChangelogSchema schema;
        try {
            schema = ChangelogSchema.read(path.get(), bundle::resource);
        } catch (IllegalArgumentException e) {
            return List.of(violation(e.getMessage(), "put the changelog under src/main/resources/" + path.get()));
        }
        ChangelogSchema core = CoreSchema.changelog();
        List<ContractViolation> found = new ArrayList<>();
        found.addAll(logicalFilePath(schema, core));
        found.addAll(names(schema));
        found.addAll(clashes(schema, core));
        found.addAll(assetExtensions(schema));
        return found;
    }

    private List<ContractViolation> logicalFilePath(ChangelogSchema schema, ChangelogSchema core) {
        if (schema.logicalFilePath().isEmpty()) {
            return List.of(violation("its changelog has no logicalFilePath, so moving the file would re-run every changeset",
                    "add logicalFilePath=\"shopdb-" + plugin + "\" to <databaseChangeLog>"));
        }
        if (schema.logicalFilePath().equals(core.logicalFilePath())) {
            return List.of(violation("its changelog's logicalFilePath '" + schema.logicalFilePath().get() + "' is the core's",
                    "use logicalFilePath=\"shopdb-" + plugin + "\""));
        }
        return List.of();
    }

    private List<ContractViolation> names(ChangelogSchema schema) {
        List<ContractViolation> found = new ArrayList<>();
        for (ChangelogSchema.Table table : schema.tables().values()) {
            if (!NAME.matcher(table.name()).matches()) {
                found.add(violation("table '" + table.name() + "' is not lower-case concatenated",
                        "rename it to '" + concatenated(table.name()) + "'"));
            }
            for (String column : table.columns()) {
                if (!NAME.matcher(column).matches()) {
                    found.add(violation("column '" + table.name() + "." + column + "' is not lower-case concatenated",
                            "rename it to '" + concatenated(column) + "'"));
                }
            }
        }
        for (String renamed : schema.renamedNames()) {
            if (!NAME.matcher(renamed).matches()) {
                found.add(violation("rename target '" + renamed + "' is not lower-case concatenated",
                        "use '" + concatenated(renamed) + "'"));
            }
        }
        for (ChangelogSchema.NamedObject object : schema.namedObjects()) {
            String prefix = prefixOf(object.kind()) + "_" + object.table() + "_";
            boolean primaryKeyExact = object.kind().equals("primary key") && object.name().equals("pk_" + object.table());
            if (!primaryKeyExact && !object.name().startsWith(prefix)) {
                found.add(violation(object.kind() + " '" + object.name() + "' on table " + object.table()
                        + " is not prefixed by its table, so it can collide with another plugin's",
                        "name it '" + prefix + "...' (e.g. " + prefix + "columnname)"));
            }
        }
        return found;
    }

    private List<ContractViolation> clashes(ChangelogSchema schema, ChangelogSchema core) {
        List<ContractViolation> found = new ArrayList<>();
        for (String table : schema.tables().keySet()) {
            if (core.tables().containsKey(table)) {
                found.add(violation("creates table '" + table + "', which the core already has",
                        "name the plugin's tables after the plugin, e.g. '" + plugin + "' or '" + plugin + "details'"));
            }
        }
        Set<String> coreNames = core.namedObjects().stream().map(ChangelogSchema.NamedObject::name).collect(Collectors.toSet());
        for (ChangelogSchema.NamedObject object : schema.namedObjects()) {
            if (coreNames.contains(object.name())) {
                found.add(violation(object.kind() + " name '" + object.name() + "' is already used by the core",
                        "prefix it with the plugin's table name"));
            }
        }
        return found;
    }

    /** A table keyed by assetid extends assets: its key must reference assets and cascade on delete. */
    private List<ContractViolation> assetExtensions(ChangelogSchema schema) {
        List<ContractViolation> found = new ArrayList<>();
        for (ChangelogSchema.Table table : schema.tables().values()) {
            if (!table.primaryKey().equals(Set.of("assetid"))) {
                continue;
            }
            boolean cascades = schema.foreignKeys().stream().anyMatch(key -> key.table().equals(table.name())
                    && key.column().equals("assetid") && key.referencedTable().equals("assets") && key.cascadeDelete());
            if (!cascades) {
                found.add(violation("table '" + table.name() + "' is keyed by assetid but does not reference assets(assetid) "
                        + "with ON DELETE CASCADE, so deleting an asset would fail or leave an orphan row",
                        "give the assetid column <constraints foreignKeyName=\"fk_" + table.name() + "_assetid\" "
                                + "referencedTableName=\"assets\" referencedColumnNames=\"assetid\" deleteCascade=\"true\"/>"));
            }
        }
        return found;
    }

    private ContractViolation violation(String problem, String fix) {
        return new ContractViolation(plugin, problem, fix);
    }

    private static String prefixOf(String kind) {
        return switch (kind) {
            case "index" -> "idx";
            case "unique" -> "uq";
            case "primary key" -> "pk";
            default -> "fk";
        };
    }

    static String describe(String filter) {
        var range = RANGE_IN_FILTER.matcher(filter);
        return range.find() ? "[" + range.group(1) + "," + range.group(2) + ")" : filter;
    }

    private static String concatenated(String name) {
        return name.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }
}
