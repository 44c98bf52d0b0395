package org.shopdb.api.plugin;

/** Names of the OSGi capabilities that identify plugins and the core API they need. */
public final class PluginCapabilities {

    /** Namespace a plugin bundle provides; the attribute of the same name holds the plugin name. */
    public static final String PLUGIN_NAMESPACE = "shopdb.plugin";

    /** Namespace the api bundle provides with its {@value #VERSION_ATTRIBUTE}; plugins require a range of it. */
    public static final String API_NAMESPACE = "shopdb.api";

    public static final String VERSION_ATTRIBUTE = "version";

    /** Plugin names: lower case letters and digits, starting with a letter, as in {@code /api/<name>}. */
    public static final String NAME_PATTERN = "[a-z][a-z0-9]{1,30}";

    private PluginCapabilities() {
    }
}
