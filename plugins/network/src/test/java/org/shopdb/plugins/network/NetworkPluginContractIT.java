package org.shopdb.plugins.network;

import org.shopdb.testkit.PluginContractTest;

/** The packaged network bundle against the plugin contract (identity, core range, changelog naming, clashes, a second run). */
class NetworkPluginContractIT extends PluginContractTest {
}
