package org.shopdb.core.internal.plugin;

import java.util.List;
import java.util.Optional;

import org.osgi.framework.Bundle;
import org.osgi.framework.Version;
import org.osgi.framework.wiring.BundleRevision;
import org.osgi.resource.Capability;
import org.osgi.resource.Namespace;
import org.osgi.resource.Requirement;
import org.shopdb.api.plugin.PluginCapabilities;

/**
 * Who a plugin bundle says it is, read from its declared {@code shopdb.plugin} capability and
 * its {@code shopdb.api} requirement. Declared headers are readable in every bundle state,
 * so an unresolved plugin is identified too.
 *
 * @param apiFilter the filter of the {@code shopdb.api} requirement, or {@code null} when the
 *                  plugin requires none
 */
public record PluginIdentity(String name, Version version, String apiFilter) {

    /** The identity of {@code bundle}, or empty when it is no plugin (or is gone). */
    public static Optional<PluginIdentity> of(Bundle bundle) {
        BundleRevision revision = bundle.adapt(BundleRevision.class);
        if (revision == null) {
            return Optional.empty();
        }
        List<Capability> plugins = revision.getCapabilities(PluginCapabilities.PLUGIN_NAMESPACE);
        if (plugins.isEmpty()) {
            return Optional.empty();
        }
        Capability plugin = plugins.get(0);
        Object name = plugin.getAttributes().get(PluginCapabilities.PLUGIN_NAMESPACE);
        Object version = plugin.getAttributes().get(PluginCapabilities.VERSION_ATTRIBUTE);
        String apiFilter = revision.getRequirements(PluginCapabilities.API_NAMESPACE).stream()
                .map(Requirement::getDirectives)
                .map(directives -> directives.get(Namespace.REQUIREMENT_FILTER_DIRECTIVE))
                .findFirst().orElse(null);
        return Optional.of(new PluginIdentity(name == null ? "" : name.toString().trim(),
                version == null ? bundle.getVersion() : Version.parseVersion(version.toString()), apiFilter));
    }
}
