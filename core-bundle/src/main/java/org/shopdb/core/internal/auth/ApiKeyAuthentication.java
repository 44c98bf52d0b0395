package org.shopdb.core.internal.auth;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.shopdb.core.internal.apikey.ApiKey;
import org.shopdb.core.internal.apikey.ApiKeyStore;

/**
 * Requests carrying an API key: a key authenticates exactly two kinds of request,
 * {@code POST /api/collector/{name}} for a collector in the key's scope, and
 * {@code POST /api/agents/{endpoint}} (inventory agents) for a key whose scope includes
 * {@value #AGENTS_SCOPE}; nothing else — not even reads — so a leaked collector key cannot
 * browse or change the inventory. Unknown, revoked and out-of-scope keys are refused alike
 * with 401. The key comes in the {@value #HEADER} header, or — on the agent routes only,
 * because inventory agents know no other way — as the password of HTTP Basic.
 */
@Component(service = ApiKeyAuthentication.class)
public class ApiKeyAuthentication {

    public static final String HEADER = "X-API-Key";
    /** The scope a key needs for the inventory agents' routes. */
    public static final String AGENTS_SCOPE = "agents";
    static final String CHALLENGE = ApiKeySecurityContext.SCHEME + " realm=\"shopdb\"";
    /** The only challenge on agent routes: the FusionInventory agent reads the realm from a header starting with it. */
    static final String BASIC_CHALLENGE = "Basic realm=\"shopdb\"";
    private static final String BASIC = "Basic ";
    private static final List<String> COLLECTOR_ROUTE = List.of("api", "collector");
    private static final List<String> AGENTS_ROUTE = List.of("api", AGENTS_SCOPE);

    /** What became of the key: a security context for the request, or the reason it is refused. */
    public sealed interface Result permits Accepted, Rejected {
    }

    public record Accepted(ApiKeySecurityContext context) implements Result {
    }

    public record Rejected(String message) implements Result {
    }

    private final ApiKeyStore keys;

    @Activate
    public ApiKeyAuthentication(@Reference ApiKeyStore keys) {
        this.keys = keys;
    }

    public Result authenticate(String method, boolean methodOverridden, String rawPath, String presented, boolean secure) {
        Optional<String> collector = scopeOf(method, methodOverridden, rawPath);
        if (collector.isEmpty()) {
            return new Rejected("An API key is accepted only at POST /api/collector/{name} and POST /api/agents/{endpoint}; "
                    + "log in for anything else");
        }
        Optional<ApiKey> key = keys.recognise(presented.trim());
        if (key.isEmpty()) {
            return new Rejected("Unknown API key");
        }
        if (!key.get().active()) {
            return new Rejected("This API key was revoked");
        }
        if (!key.get().scope().permits(collector.get())) {
            return new Rejected(AGENTS_SCOPE.equals(collector.get()) && isAgentRoute(method, methodOverridden, rawPath)
                    ? "This API key may not feed agent inventories (its scope lacks " + AGENTS_SCOPE + ")"
                    : "This API key may not post to collector " + collector.get());
        }
        keys.recordUse(key.get());
        return new Accepted(new ApiKeySecurityContext(key.get().name(), secure));
    }

    /**
     * The scope a request needs, judged on the path as routing sees it: the collector's name for
     * {@code POST /api/collector/{name}}, {@value #AGENTS_SCOPE} for {@code POST /api/agents/{endpoint}};
     * empty for any other request.
     */
    static Optional<String> scopeOf(String method, boolean methodOverridden, String rawPath) {
        if (methodOverridden || !"POST".equals(method.toUpperCase(Locale.ROOT))) {
            return Optional.empty();
        }
        List<String> segments = RequestPath.segments(rawPath);
        if (segments.size() != COLLECTOR_ROUTE.size() + 1) {
            return Optional.empty();
        }
        List<String> route = segments.subList(0, COLLECTOR_ROUTE.size());
        if (route.equals(COLLECTOR_ROUTE)) {
            return Optional.of(segments.get(COLLECTOR_ROUTE.size()));
        }
        return route.equals(AGENTS_ROUTE) ? Optional.of(AGENTS_SCOPE) : Optional.empty();
    }

    /** Whether the request posts to an inventory agents' endpoint, where HTTP Basic carries the key. */
    static boolean isAgentRoute(String method, boolean methodOverridden, String rawPath) {
        return scopeOf(method, methodOverridden, rawPath).isPresent()
                && RequestPath.segments(rawPath).subList(0, AGENTS_ROUTE.size()).equals(AGENTS_ROUTE);
    }

    /** The password of an {@code Authorization: Basic} header (the user name is not used); empty for anything else. */
    static Optional<String> basicPassword(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, BASIC, 0, BASIC.length())) {
            return Optional.empty();
        }
        try {
            String decoded = new String(Base64.getDecoder().decode(authorization.substring(BASIC.length()).trim()), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon < 0 ? Optional.empty() : Optional.of(decoded.substring(colon + 1)).filter(password -> !password.isBlank());
        } catch (IllegalArgumentException notBase64) {
            return Optional.empty();
        }
    }
}
