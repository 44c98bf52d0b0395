package org.shopdb.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Version;

/** Each mistake the reference system listed produces a message naming plugin, problem and fix. */
class PluginContractMessagesTest {

    @TempDir
    Path folder;

    @Test
    void aWellFormedPluginPassesEveryCheck() throws IOException {
        PluginBundle bundle = PluginBundle.of(PluginJars.good().writeTo(folder));

        assertEquals(List.of(), new PluginContract(bundle).violations());
        assertEquals(List.of(), new ChangelogTrial().run(bundle));
    }

    @Test
    void missingIdentityIsNamed() throws IOException {
        List<ContractViolation> violations = contract(PluginJars.good().header("Provide-Capability", null)).identity();

        assertOne(violations, "0 shopdb.plugin capabilities", "<shopdb.plugin.name>");
        assertTrue(violations.get(0).plugin().endsWith(".jar"), "without a name the jar is named");
    }

    @Test
    void missingDescriptionIsNamed() throws IOException {
        assertOne(contract(PluginJars.good().header("Bundle-Description", null)).identity(), "no Bundle-Description", "<description>");
    }

    @Test
    void unmetCoreRangeSaysWhatIsRequiredAndWhatIsProvided() throws IOException {
        PluginContract contract = contract(PluginJars.good()
                .header("Require-Capability", "shopdb.api;filter:=\"(&(version>=2.0.0)(!(version>=3.0.0)))\""));

        List<ContractViolation> violations = contract.coreRange(new Version(1, 2, 0));

        assertOne(violations, "requires core API [2.0.0,3.0.0), this core provides 1.2.0", "<shopdb.api.range>");
        assertTrue(violations.get(0).toString().startsWith("Plugin 'widgets': "));
    }

    @Test
    void missingCoreRangeIsNamed() throws IOException {
        assertOne(contract(PluginJars.good().header("Require-Capability", null)).coreRange(new Version(1, 0, 0)),
                "does not say which core API versions", "Require-Capability");
    }

    @Test
    void aTableTheCoreHasIsADuplicate() throws IOException {
        String clash = PluginJars.GOOD_CHANGELOG.replace("</changeSet>",
                "<createTable tableName=\"assets\"><column name=\"x\" type=\"INT\"/></createTable></changeSet>");

        assertOne(contract(PluginJars.good().changelog(clash)).changelog(), "creates table 'assets', which the core already has",
                "name the plugin's tables after the plugin");
    }

    @Test
    void anIndexNotPrefixedByItsTableCouldCollide() throws IOException {
        String collision = PluginJars.GOOD_CHANGELOG.replace("idx_widgets_serialport", "idx_serialport");

        assertOne(contract(PluginJars.good().changelog(collision)).changelog(), "index 'idx_serialport' on table widgets is not prefixed",
                "idx_widgets_");
    }

    @Test
    void anIndexNameTheCoreUsesIsACollision() throws IOException {
        String collision = PluginJars.GOOD_CHANGELOG.replace("idx_widgets_serialport", "idx_assets_name")
                .replace("tableName=\"widgets\" indexName", "tableName=\"widgets\" indexName");

        List<ContractViolation> violations = contract(PluginJars.good().changelog(collision)).changelog();

        assertTrue(violations.stream().anyMatch(v -> v.problem().contains("'idx_assets_name' is already used by the core")),
                violations.toString());
    }

    @Test
    void namesMustBeLowerCaseConcatenated() throws IOException {
        String camel = PluginJars.GOOD_CHANGELOG.replace("serialport", "serial_Port");

        List<ContractViolation> violations = contract(PluginJars.good().changelog(camel)).changelog();

        assertTrue(violations.stream().anyMatch(v -> v.problem().contains("column 'widgets.serial_Port' is not lower-case concatenated")
                && v.fix().contains("'serialport'")), violations.toString());
    }

    @Test
    void anAssetExtensionMustCascade() throws IOException {
        String noCascade = PluginJars.GOOD_CHANGELOG.replace(" deleteCascade=\"true\"", "");

        assertOne(contract(PluginJars.good().changelog(noCascade)).changelog(), "does not reference assets(assetid) with ON DELETE CASCADE",
                "deleteCascade=\"true\"");
    }

    @Test
    void aMissingChangelogIsNamed() throws IOException {
        assertOne(contract(PluginJars.good().header("ShopDB-Changelog", "db/nowhere.xml")).changelog(),
                "changelog db/nowhere.xml is not in the bundle", "src/main/resources/db/nowhere.xml");
    }

    @Test
    void aChangesetFailingOnTheDatabaseIsNamed() throws IOException {
        String broken = PluginJars.GOOD_CHANGELOG.replace("tableName=\"widgets\" indexName=\"idx_widgets_serialport\"><column name=\"serialport\"/>",
                "tableName=\"widgets\" indexName=\"idx_widgets_serialport\"><column name=\"nosuchcolumn\"/>");

        List<ContractViolation> violations = new ChangelogTrial().run(PluginBundle.of(PluginJars.good().changelog(broken).writeTo(folder)));

        assertOne(violations, "changeset", "H2, MariaDB and MySQL 8");
        assertTrue(violations.get(0).problem().contains("widgets-1"), violations.toString());
    }

    @Test
    void aChangelogLiquibaseCannotReadIsNamed() throws IOException {
        String noSchema = PluginJars.GOOD_CHANGELOG.replaceAll("(?s)xmlns:xsi=.*?dbchangelog-4.29.xsd\"", "");

        assertOne(new ChangelogTrial().run(PluginBundle.of(PluginJars.good().changelog(noSchema).writeTo(folder))),
                "Liquibase cannot read its changelog", "xsi:schemaLocation");
    }

    private PluginContract contract(PluginJars jar) throws IOException {
        return new PluginContract(PluginBundle.of(jar.writeTo(folder)));
    }

    private static void assertOne(List<ContractViolation> violations, String problem, String fix) {
        assertEquals(1, violations.size(), violations.toString());
        assertTrue(violations.get(0).problem().contains(problem), violations.get(0).toString());
        assertTrue(violations.get(0).fix().contains(fix), violations.get(0).toString());
    }
}
