package org.shopdb.api.plugin;

/**
 * The JAX-RS application a plugin's resources live in.
 *
 * <p>While a plugin is live (its bundle active, its changelog applied, its lifecycle recorded) the
 * core registers a JAX-RS whiteboard application for it, named {@code shopdb.<name>} with the base
 * {@code api/<name>}, and withdraws it the moment the bundle stops. The plugin's resources select it:
 *
 * <pre>
 * &#64;JaxrsResource
 * &#64;JaxrsApplicationSelect("(osgi.jaxrs.name=shopdb.cameras)")
 * &#64;Path("")
 * public class CameraResource { … }   // GET /api/cameras
 * </pre>
 *
 * Giving every plugin an application of its own means a plugin arriving, leaving or being updated
 * rebuilds only its own application, never the core's or another plugin's. The core's
 * authentication filter, JSON provider and error mappers apply to every application, so a
 * plugin's routes need a token, speak ShopDB's JSON and answer errors in the same envelope as the
 * core's. The application is served only while the authentication filter is present.
 */
public final class PluginApplication {

    /** Prefix of the application name ({@code osgi.jaxrs.name}): {@code shopdb.} + plugin name. */
    public static final String NAME_PREFIX = "shopdb.";

    /** Prefix of the application base ({@code osgi.jaxrs.application.base}): {@code api/} + plugin name. */
    public static final String BASE_PREFIX = "api/";

    /** Service property of a plugin application holding the plugin's name. */
    public static final String PLUGIN_PROPERTY = PluginCapabilities.PLUGIN_NAMESPACE;

    private PluginApplication() {
    }

    /** {@code shopdb.<plugin>} */
    public static String name(String plugin) {
        return NAME_PREFIX + plugin;
    }

    /** {@code api/<plugin>} */
    public static String base(String plugin) {
        return BASE_PREFIX + plugin;
    }

    /** The application select filter for the plugin's resources: {@code (osgi.jaxrs.name=shopdb.<plugin>)}. */
    public static String select(String plugin) {
        return "(osgi.jaxrs.name=" + name(plugin) + ")";
    }
}
