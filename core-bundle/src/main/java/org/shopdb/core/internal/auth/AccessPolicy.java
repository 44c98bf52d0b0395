package org.shopdb.core.internal.auth;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Which role a request needs, decided centrally for every route: the most specific
 * {@link AccessRule} covering the path wins. By default a viewer may read and an editor
 * may write; new restrictions are one line in {@link #RULES}.
 */
final class AccessPolicy {

    /** Methods that only read. Anything else is a write. */
    static final Set<String> READ_METHODS = Set.of("GET", "HEAD");

    /** Headers some stacks honour to change the method; their presence makes a request a write. */
    static final List<String> METHOD_OVERRIDE_HEADERS = List.of("X-HTTP-Method-Override", "X-HTTP-Method", "X-Method-Override");

    static final List<AccessRule> RULES = List.of(
            AccessRule.below("/", Role.VIEWER, Role.EDITOR),
            // Every signed-in user may refresh their token and log out.
            AccessRule.below("/api/auth", Role.VIEWER, Role.VIEWER),
            AccessRule.below("/api/users", Role.ADMIN, Role.ADMIN),
            AccessRule.below("/api/apikeys", Role.ADMIN, Role.ADMIN));

    private final List<AccessRule> rules;

    AccessPolicy() {
        this(RULES);
    }

    AccessPolicy(List<AccessRule> rules) {
        this.rules = rules.stream().sorted(Comparator.comparingInt((AccessRule rule) -> rule.prefix().size()).reversed()).toList();
    }

    static boolean isWrite(String method, boolean methodOverridden) {
        return methodOverridden || !READ_METHODS.contains(method.toUpperCase(Locale.ROOT));
    }

    /** The least role a request with this method and raw path needs. */
    Role required(String method, boolean methodOverridden, String rawPath) {
        List<String> segments = RequestPath.segments(rawPath);
        boolean write = isWrite(method, methodOverridden);
        return rules.stream().filter(rule -> rule.covers(segments)).findFirst()
                .map(rule -> rule.required(write))
                .orElse(Role.ADMIN);
    }

    boolean allows(Role role, String method, boolean methodOverridden, String rawPath) {
        return role.includes(required(method, methodOverridden, rawPath));
    }
}
