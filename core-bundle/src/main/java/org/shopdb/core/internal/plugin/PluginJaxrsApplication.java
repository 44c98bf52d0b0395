package org.shopdb.core.internal.plugin;

import javax.ws.rs.core.Application;

/**
 * The (empty) JAX-RS application registered for one plugin: its resources join it through
 * the whiteboard by selecting its name.
 */
final class PluginJaxrsApplication extends Application {
}
