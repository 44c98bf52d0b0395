package org.shopdb.core.internal.plugin;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.osgi.framework.Version;
import org.osgi.framework.namespace.BundleNamespace;
import org.osgi.framework.namespace.PackageNamespace;
import org.osgi.resource.Namespace;
import org.osgi.resource.Requirement;
import org.shopdb.api.plugin.PluginCapabilities;

/**
 * Why a plugin bundle cannot resolve, in words an operator can act on, worked out from its
 * requirements and what the installed bundles provide: the core API range first (the usual
 * case: a plugin built for another core), then a missing package or bundle, then anything else.
 */
final class UnresolvedReason {

    private UnresolvedReason() {
    }

    /**
     * @param requirements the plugin revision's requirements
     * @param provided     whether some installed bundle provides what a requirement asks for
     * @param apiVersions  the versions of {@code shopdb.api} this core provides
     * @return the reason, or empty when every mandatory requirement can be met
     */
    static Optional<String> of(List<Requirement> requirements, Predicate<Requirement> provided, List<Version> apiVersions) {
        List<Requirement> unmet = requirements.stream()
                .filter(UnresolvedReason::neededToResolve)
                .filter(requirement -> !provided.test(requirement))
                .toList();
        return unmet.stream().filter(requirement -> PluginCapabilities.API_NAMESPACE.equals(requirement.getNamespace()))
                .findFirst()
                .or(() -> unmet.stream().findFirst())
                .map(requirement -> describe(requirement, apiVersions));
    }

    private static boolean neededToResolve(Requirement requirement) {
        Map<String, String> directives = requirement.getDirectives();
        boolean optional = Namespace.RESOLUTION_OPTIONAL.equals(directives.get(Namespace.REQUIREMENT_RESOLUTION_DIRECTIVE));
        String effective = directives.getOrDefault(Namespace.REQUIREMENT_EFFECTIVE_DIRECTIVE, Namespace.EFFECTIVE_RESOLVE);
        return !optional && Namespace.EFFECTIVE_RESOLVE.equals(effective);
    }

    private static String describe(Requirement requirement, List<Version> apiVersions) {
        String filter = requirement.getDirectives().get(Namespace.REQUIREMENT_FILTER_DIRECTIVE);
        switch (requirement.getNamespace()) {
            case PluginCapabilities.API_NAMESPACE:
                String provides = apiVersions.isEmpty() ? "no core API is installed"
                        : "this core provides " + apiVersions.stream().map(Version::toString).collect(Collectors.joining(", "));
                return "requires core API " + VersionFilters.describe(filter, PluginCapabilities.VERSION_ATTRIBUTE) + ", " + provides;
            case PackageNamespace.PACKAGE_NAMESPACE:
                String range = VersionFilters.describe(filter, PackageNamespace.CAPABILITY_VERSION_ATTRIBUTE);
                return "needs package " + named(filter, PackageNamespace.PACKAGE_NAMESPACE)
                        + ("any".equals(range) ? "" : " " + range) + ", which no installed bundle exports";
            case BundleNamespace.BUNDLE_NAMESPACE:
                return "needs bundle " + named(filter, BundleNamespace.BUNDLE_NAMESPACE) + ", which is not installed";
            default:
                return "needs " + requirement.getNamespace() + " " + filter + ", which nothing installed provides";
        }
    }

    /** The value of {@code (attribute=value)} in the filter, or the filter itself. */
    private static String named(String filter, String attribute) {
        String marker = "(" + attribute + "=";
        int start = filter == null ? -1 : filter.indexOf(marker);
        if (start < 0) {
            return String.valueOf(filter);
        }
        int end = filter.indexOf(')', start);
        return filter.substring(start + marker.length(), end);
    }
}
