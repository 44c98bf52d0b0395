package org.shopdb.testkit;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

/** Builds plugin jars for the kit's own tests: a well-formed one, then each mistake on purpose. */
final class PluginJars {

    static final String GOOD_CHANGELOG = """
            <databaseChangeLog xmlns="http://www.liquibase.org/xml/ns/dbchangelog"
                xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
                xsi:schemaLocation="http://www.liquibase.org/xml/ns/dbchangelog http://www.liquibase.org/xml/ns/dbchangelog/dbchangelog-4.29.xsd"
                logicalFilePath="shopdb-widgets">
              <changeSet id="widgets-1" author="test">
                <createTable tableName="widgets">
                  <column name="assetid" type="BIGINT">
                    <constraints primaryKey="true" primaryKeyName="pk_widgets" foreignKeyName="fk_widgets_assetid"
                                 referencedTableName="assets" referencedColumnNames="assetid" deleteCascade="true"/>
                  </column>
                  <column name="serialport" type="VARCHAR(50)"/>
                </createTable>
                <createIndex tableName="widgets" indexName="idx_widgets_serialport"><column name="serialport"/></createIndex>
              </changeSet>
            </databaseChangeLog>
            """;

    private final Map<String, String> headers = new LinkedHashMap<>();
    private final Map<String, String> files = new LinkedHashMap<>();

    static PluginJars good() {
        PluginJars jar = new PluginJars();
        jar.headers.put("Bundle-SymbolicName", "org.example.widgets");
        jar.headers.put("Bundle-Description", "Widgets of the example site");
        jar.headers.put("Provide-Capability", "shopdb.plugin;shopdb.plugin=\"widgets\";version:Version=\"1.2.0\"");
        jar.headers.put("Require-Capability", "shopdb.api;filter:=\"(&(version>=1.0.0)(!(version>=2.0.0)))\"");
        jar.headers.put("ShopDB-Changelog", "db/shopdb-widgets.xml");
        jar.files.put("db/shopdb-widgets.xml", GOOD_CHANGELOG);
        return jar;
    }

    PluginJars header(String name, String value) {
        if (value == null) {
            headers.remove(name);
        } else {
            headers.put(name, value);
        }
        return this;
    }

    PluginJars changelog(String xml) {
        files.put("db/shopdb-widgets.xml", xml);
        return this;
    }

    Path writeTo(Path folder) throws IOException {
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        headers.forEach((name, value) -> manifest.getMainAttributes().putValue(name, value));
        Path jar = Files.createTempFile(folder, "plugin-", ".jar");
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream zip = new JarOutputStream(out, manifest)) {
            for (Map.Entry<String, String> file : files.entrySet()) {
                zip.putNextEntry(new JarEntry(file.getKey()));
                zip.write(file.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return jar;
    }
}
