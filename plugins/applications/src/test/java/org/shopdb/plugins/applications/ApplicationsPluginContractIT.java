package org.shopdb.plugins.applications;

import org.shopdb.testkit.PluginContractTest;

/** The packaged applications bundle against the plugin contract (identity, core range, changelog). */
class ApplicationsPluginContractIT extends PluginContractTest {
}
