package org.shopdb.plugins.equipment;

import org.shopdb.testkit.PluginContractTest;

/** The packaged equipment bundle against the plugin contract (identity, core range, changelog rules, applied twice on the core's schema). */
class EquipmentPluginContractIT extends PluginContractTest {
}
