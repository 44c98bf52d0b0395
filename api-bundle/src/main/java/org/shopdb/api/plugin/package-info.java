/**
 * The plugin contract: how a bundle declares itself a ShopDB plugin and the optional hook
 * services it may register.
 *
 * <p>A plugin is an ordinary bundle that
 * <ul>
 * <li>provides the {@value PluginCapabilities#PLUGIN_NAMESPACE} capability naming itself
 * ({@code Provide-Capability: shopdb.plugin;shopdb.plugin=cameras;version:Version=1.0.0});</li>
 * <li>requires the core API range it was built for
 * ({@code Require-Capability: shopdb.api;filter:="(&(version>=1.0.0)(!(version>=2.0.0)))"}), next to the
 * {@code Import-Package} ranges bnd derives; a plugin whose range this core does not meet does
 * not resolve and is reported with the reason;</li>
 * <li>registers any of the hook services of this package (Declarative Services is the
 * expected way). The core attributes every hook to the plugin whose bundle registered it, and
 * drops it the moment the service goes away.</li>
 * </ul>
 * The plugins parent POM sets both headers from {@code shopdb.plugin.name}. The plugin's REST
 * resources live in a JAX-RS application of its own, which the core registers while the plugin
 * is active ({@link PluginApplication}). See {@code docs/PLUGIN-HOOKS.md}.
 */
@Export
@Version("1.1.0")
package org.shopdb.api.plugin;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
