package org.shopdb.plugins.agents.internal.rest;

/** The plugin's JAX-RS application, which the core registers at {@code /api/agents} while the plugin is active. */
final class AgentsApplication {

    static final String SELECT = "(osgi.jaxrs.name=shopdb.agents)";

    private AgentsApplication() {
    }
}
