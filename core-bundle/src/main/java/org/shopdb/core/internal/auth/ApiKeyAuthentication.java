package org.shopdb.core.internal.auth;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.shopdb.core.internal.apikey.ApiKey;
import org.shopdb.core.internal.apikey.ApiKeyStore;

/**
 * Requests carrying an {@value #HEADER} header: a key authenticates exactly one kind of
 * request, {@code POST /api/collector/{name}} for a collector in the key's scope, and
 * nothing else — not even reads — so a leaked collector key cannot browse or change the
 * inventory. Unknown, revoked and out-of-scope keys are refused alike with 401.
 */
@Component(service = ApiKeyAuthentication.class)
public class ApiKeyAuthentication {

    public static final String HEADER = "X-API-Key";
    static final String CHALLENGE = ApiKeySecurityContext.SCHEME + " realm=\"shopdb\"";
    private static final List<String> COLLECTOR_ROUTE = List.of("api", "collector");

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
        Optional<String> collector = collectorOf(method, methodOverridden, rawPath);
        if (collector.isEmpty()) {
            return new Rejected("An API key is accepted only at POST /api/collector/{name}; log in for anything else");
        }
        Optional<ApiKey> key = keys.recognise(presented.trim());
        if (key.isEmpty()) {
            return new Rejected("Unknown API key");
        }
        if (!key.get().active()) {
            return new Rejected("This API key was revoked");
        }
        if (!key.get().scope().permits(collector.get())) {
            return new Rejected("This API key may not post to collector " + collector.get());
        }
        keys.recordUse(key.get());
        return new Accepted(new ApiKeySecurityContext(key.get().name(), secure));
    }

    /** The collector a request posts to, judged on the path as routing sees it; empty for any other request. */
    static Optional<String> collectorOf(String method, boolean methodOverridden, String rawPath) {
        if (methodOverridden || !"POST".equals(method.toUpperCase(Locale.ROOT))) {
            return Optional.empty();
        }
        List<String> segments = RequestPath.segments(rawPath);
        if (segments.size() != COLLECTOR_ROUTE.size() + 1 || !segments.subList(0, COLLECTOR_ROUTE.size()).equals(COLLECTOR_ROUTE)) {
            return Optional.empty();
        }
        return Optional.of(segments.get(COLLECTOR_ROUTE.size()));
    }
}
