package ${package}.internal;

import org.shopdb.testkit.PluginContractTest;

/**
 * The packaged bundle against the ShopDB plugin contract: identity, core API range, changelog
 * naming and clashes, and the changelog applied (twice) on top of the core's schema. Runs after
 * {@code mvn package} (the parent runs *ContractIT with failsafe); every failure names the
 * plugin, the problem and the fix (docs/PLUGIN-QUICKSTART.md lists them).
 */
class ${entityName}ContractIT extends PluginContractTest {
}
