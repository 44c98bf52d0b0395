package org.shopdb.plugins.cameras;

import org.shopdb.testkit.PluginContractTest;

/** The packaged cameras bundle against the plugin contract (identity, core range, changelog). */
class CamerasPluginContractIT extends PluginContractTest {
}
