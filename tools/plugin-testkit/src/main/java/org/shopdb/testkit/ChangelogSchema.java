package org.shopdb.testkit;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * The tables, columns, keys and indexes a Liquibase XML changelog (with its includes)
 * creates, read without a database, so that naming rules can be checked at build time.
 */
public final class ChangelogSchema {

    /** A table and the columns the changelog gives it. */
    public record Table(String name, Set<String> columns, Set<String> primaryKey) {
    }

    /** A named index or constraint on a table: kind is {@code index}, {@code unique}, {@code primary key} or {@code foreign key}. */
    public record NamedObject(String kind, String name, String table) {
    }

    public record ForeignKey(String table, String column, String referencedTable, String referencedColumn, boolean cascadeDelete) {
    }

    private final String logicalFilePath;
    private final Map<String, Table> tables = new LinkedHashMap<>();
    private final List<NamedObject> namedObjects = new ArrayList<>();
    private final List<ForeignKey> foreignKeys = new ArrayList<>();
    private final Set<String> renamedNames = new LinkedHashSet<>();

    private ChangelogSchema(String logicalFilePath) {
        this.logicalFilePath = logicalFilePath;
    }

    /**
     * @param path      the changelog's path, as in {@code ShopDB-Changelog}
     * @param resources reads a resource by path; empty when missing
     * @throws IllegalArgumentException when a changelog or include is missing or not well-formed XML
     */
    public static ChangelogSchema read(String path, Function<String, Optional<byte[]>> resources) {
        Element root = parse(path, resources);
        ChangelogSchema schema = new ChangelogSchema(root.getAttribute("logicalFilePath"));
        schema.collect(path, root, resources);
        return schema;
    }

    public Optional<String> logicalFilePath() {
        return logicalFilePath.isBlank() ? Optional.empty() : Optional.of(logicalFilePath);
    }

    public Map<String, Table> tables() {
        return tables;
    }

    public List<NamedObject> namedObjects() {
        return namedObjects;
    }

    public List<ForeignKey> foreignKeys() {
        return foreignKeys;
    }

    /** Table and column names introduced by renames, which follow the same naming rule. */
    public Set<String> renamedNames() {
        return renamedNames;
    }

    private void collect(String path, Element root, Function<String, Optional<byte[]>> resources) {
        for (Element element : descendants(root)) {
            switch (element.getLocalName() == null ? element.getTagName() : element.getLocalName()) {
                case "include" -> {
                    String file = element.getAttribute("file");
                    String included = Boolean.parseBoolean(element.getAttribute("relativeToChangelogFile"))
                            ? path.substring(0, path.lastIndexOf('/') + 1) + file : file;
                    collect(included, parse(included, resources), resources);
                }
                case "createTable" -> createTable(element);
                case "addColumn" -> {
                    Table table = table(element.getAttribute("tableName"));
                    children(element, "column").forEach(column -> addColumn(table, column));
                }
                case "createIndex" -> named(element.getAttribute("unique").equals("true") ? "unique" : "index",
                        element.getAttribute("indexName"), element.getAttribute("tableName"));
                case "addUniqueConstraint" -> named("unique", element.getAttribute("constraintName"), element.getAttribute("tableName"));
                case "addPrimaryKey" -> named("primary key", element.getAttribute("constraintName"), element.getAttribute("tableName"));
                case "addForeignKeyConstraint" -> {
                    named("foreign key", element.getAttribute("constraintName"), element.getAttribute("baseTableName"));
                    foreignKeys.add(new ForeignKey(element.getAttribute("baseTableName"), element.getAttribute("baseColumnNames"),
                            element.getAttribute("referencedTableName"), element.getAttribute("referencedColumnNames"),
                            "CASCADE".equalsIgnoreCase(element.getAttribute("onDelete"))));
                }
                case "renameTable" -> renamedNames.add(element.getAttribute("newTableName"));
                case "renameColumn" -> renamedNames.add(element.getAttribute("newColumnName"));
                default -> {
                    // other changes (insert, sql, ...) create no names
                }
            }
        }
    }

    private void createTable(Element element) {
        Table table = table(element.getAttribute("tableName"));
        children(element, "column").forEach(column -> addColumn(table, column));
    }

    private void addColumn(Table table, Element column) {
        String name = column.getAttribute("name");
        table.columns().add(name);
        for (Element constraints : children(column, "constraints")) {
            if (constraints.getAttribute("primaryKey").equals("true")) {
                table.primaryKey().add(name);
                named("primary key", constraints.getAttribute("primaryKeyName"), table.name());
            }
            named("unique", constraints.getAttribute("uniqueConstraintName"), table.name());
            if (!constraints.getAttribute("referencedTableName").isEmpty() || !constraints.getAttribute("references").isEmpty()) {
                named("foreign key", constraints.getAttribute("foreignKeyName"), table.name());
                foreignKeys.add(new ForeignKey(table.name(), name, constraints.getAttribute("referencedTableName"),
                        constraints.getAttribute("referencedColumnNames"), constraints.getAttribute("deleteCascade").equals("true")));
            }
        }
    }

    private Table table(String name) {
        return tables.computeIfAbsent(name, key -> new Table(key, new LinkedHashSet<>(), new LinkedHashSet<>()));
    }

    private void named(String kind, String name, String table) {
        if (name != null && !name.isEmpty()) {
            namedObjects.add(new NamedObject(kind, name, table));
        }
    }

    private static Element parse(String path, Function<String, Optional<byte[]>> resources) {
        byte[] content = resources.apply(path)
                .orElseThrow(() -> new IllegalArgumentException("changelog " + path + " is not in the bundle"));
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            Document document = factory.newDocumentBuilder().parse(new ByteArrayInputStream(content));
            return document.getDocumentElement();
        } catch (ParserConfigurationException | SAXException | IOException e) {
            throw new IllegalArgumentException("changelog " + path + " is not well-formed XML: " + e.getMessage(), e);
        }
    }

    private static List<Element> descendants(Element root) {
        List<Element> all = new ArrayList<>();
        NodeList nodes = root.getElementsByTagNameNS("*", "*");
        for (int i = 0; i < nodes.getLength(); i++) {
            all.add((Element) nodes.item(i));
        }
        return all;
    }

    private static List<Element> children(Element parent, String localName) {
        List<Element> found = new ArrayList<>();
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && localName.equals(element.getLocalName())) {
                found.add(element);
            }
        }
        return found;
    }
}
