package org.shopdb.core.internal.plugin;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.osgi.framework.Version;
import org.osgi.resource.Requirement;
import org.osgi.resource.Resource;

class UnresolvedReasonTest {

    private static final List<Version> CORE_1 = List.of(new Version(1, 0, 0));

    private static final Requirement API_2 = requirement("shopdb.api", "(&(version>=2.0.0)(!(version>=3.0.0)))");
    private static final Requirement API_1 = requirement("shopdb.api", "(&(version>=1.0.0)(!(version>=2.0.0)))");
    private static final Requirement MQTT = requirement("osgi.wiring.package",
            "(&(osgi.wiring.package=org.eclipse.paho.client.mqttv3)(version>=1.2.0)(!(version>=2.0.0)))");
    private static final Requirement JSON = requirement("osgi.wiring.package", "(osgi.wiring.package=org.json)");

    @Test
    void aPluginForAnotherCoreSaysWhichItNeedsAndWhichThisIs() {
        assertEquals(Optional.of("requires core API [2.0.0,3.0.0), this core provides 1.0.0"),
                UnresolvedReason.of(List.of(MQTT, API_2), unmet(API_2, MQTT), CORE_1));
    }

    @Test
    void withoutAnApiBundleThereIsNoCoreApi() {
        assertEquals(Optional.of("requires core API [1.0.0,2.0.0), no core API is installed"),
                UnresolvedReason.of(List.of(API_1), unmet(API_1), List.of()));
    }

    @Test
    void aMissingPackageIsNamedWithItsRange() {
        assertEquals(Optional.of("needs package org.eclipse.paho.client.mqttv3 [1.2.0,2.0.0), which no installed bundle exports"),
                UnresolvedReason.of(List.of(API_1, MQTT), unmet(MQTT), CORE_1));
        assertEquals(Optional.of("needs package org.json, which no installed bundle exports"),
                UnresolvedReason.of(List.of(JSON), unmet(JSON), CORE_1));
    }

    @Test
    void optionalAndRuntimeOnlyRequirementsDoNotKeepAPluginFromResolving() {
        Requirement optional = requirement("osgi.wiring.package", "(osgi.wiring.package=org.optional)", "resolution", "optional");
        Requirement service = requirement("osgi.service", "(objectClass=org.Foo)", "effective", "active");
        assertEquals(Optional.empty(), UnresolvedReason.of(List.of(API_1, optional, service), unmet(optional, service), CORE_1));
    }

    @Test
    void aResolvablePluginHasNoReason() {
        assertEquals(Optional.empty(), UnresolvedReason.of(List.of(API_1, MQTT), unmet(), CORE_1));
    }

    @Test
    void anyOtherRequirementIsNamedByNamespaceAndFilter() {
        Requirement extender = requirement("osgi.extender", "(osgi.extender=aries.jpa)");
        assertEquals(Optional.of("needs osgi.extender (osgi.extender=aries.jpa), which nothing installed provides"),
                UnresolvedReason.of(List.of(extender), unmet(extender), CORE_1));
    }

    private static java.util.function.Predicate<Requirement> unmet(Requirement... missing) {
        Set<Requirement> absent = Set.of(missing);
        return requirement -> !absent.contains(requirement);
    }

    private static Requirement requirement(String namespace, String filter, String... moreDirectives) {
        Map<String, String> directives = new HashMap<>();
        directives.put("filter", filter);
        for (int i = 0; i + 1 < moreDirectives.length; i += 2) {
            directives.put(moreDirectives[i], moreDirectives[i + 1]);
        }
        return new Requirement() {
            @Override
            public String getNamespace() {
                return namespace;
            }

            @Override
            public Map<String, String> getDirectives() {
                return directives;
            }

            @Override
            public Map<String, Object> getAttributes() {
                return Map.of();
            }

            @Override
            public Resource getResource() {
                return null;
            }
        };
    }
}
