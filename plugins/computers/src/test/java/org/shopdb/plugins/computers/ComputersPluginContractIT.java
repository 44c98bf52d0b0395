package org.shopdb.plugins.computers;

import org.shopdb.testkit.PluginContractTest;

/** The packaged computers bundle against the plugin contract (identity, core range, changelog). */
class ComputersPluginContractIT extends PluginContractTest {
}
