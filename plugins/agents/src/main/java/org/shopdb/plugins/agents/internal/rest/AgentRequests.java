package org.shopdb.plugins.agents.internal.rest;

import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;

import javax.ws.rs.core.SecurityContext;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.shopdb.api.audit.Actor;
import org.shopdb.plugins.agents.internal.ingest.AgentSettings;
import org.shopdb.plugins.agents.internal.protocol.BodyReader;
import org.shopdb.plugins.agents.internal.protocol.PayloadEncoding;

/** What the agent endpoints share: reading and unpacking bodies within the limits, and who is calling. */
@Component(service = AgentRequests.class)
public class AgentRequests {

    /** The scheme of the core's API-key security context (as in its {@code WWW-Authenticate: ApiKey} challenge). */
    private static final String API_KEY_SCHEME = "ApiKey";

    private final AgentSettings settings;
    private final Clock clock;

    @Activate
    public AgentRequests() {
        this(AgentSettings.resolve(System::getenv), Clock.systemUTC());
    }

    AgentRequests(AgentSettings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
    }

    /** The body and how it was packed. */
    record Body(byte[] plain, PayloadEncoding encoding) {
    }

    Body read(InputStream body, String contentType) {
        byte[] bytes = new BodyReader(settings.maxInventoryBytes(), settings.bodyTimeout(), clock).read(body);
        PayloadEncoding encoding = PayloadEncoding.of(bytes, contentType);
        return new Body(encoding.decode(bytes, settings.maxInventoryBytes()), encoding);
    }

    Instant now() {
        return clock.instant();
    }

    AgentSettings settings() {
        return settings;
    }

    /** The API key (or, for uploads by hand, the user) the request was authenticated as, for the audit trail. */
    static Actor actor(SecurityContext security) {
        if (security == null || security.getUserPrincipal() == null) {
            return Actor.user("anonymous");
        }
        String name = security.getUserPrincipal().getName();
        return API_KEY_SCHEME.equalsIgnoreCase(security.getAuthenticationScheme())
                ? Actor.apiKey(name) : Actor.user(name);
    }
}
