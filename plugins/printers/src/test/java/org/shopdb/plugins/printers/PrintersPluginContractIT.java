package org.shopdb.plugins.printers;

import org.shopdb.testkit.PluginContractTest;

/** The packaged printers bundle against the plugin contract (identity, core range, changelog). */
class PrintersPluginContractIT extends PluginContractTest {
}
