package org.shopdb.core.internal.rest;

import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerRequestFilter;
import javax.ws.rs.container.PreMatching;
import javax.ws.rs.core.HttpHeaders;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtension;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsName;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Enforces {@link RequestBodyLimit} for every JAX-RS application, before any body is
 * parsed: {@code 413 payload_too_large} for a declared length above the limit, and a
 * counting stream for bodies that declare none. Collector batches are exempt: the collector
 * endpoint reads its body under its own, larger limit ({@code SHOPDB_COLLECTOR_MAX_BODY_BYTES}).
 */
@Component(service = ContainerRequestFilter.class, configurationPid = HttpLimitsConfig.PID)
@Designate(ocd = HttpLimitsConfig.class)
@JaxrsExtension
@JaxrsName(RequestBodyLimitFilter.NAME)
@JaxrsApplicationSelect("(osgi.jaxrs.name=*)")
@PreMatching
public class RequestBodyLimitFilter implements ContainerRequestFilter {

    public static final String NAME = "shopdb-body-limit";
    /** Routes that bound their bodies themselves. */
    static final String OWN_LIMIT_PREFIX = "/api/collector/";
    private static final Logger LOG = LoggerFactory.getLogger(RequestBodyLimitFilter.class);

    private final RequestBodyLimit limit;

    @Activate
    public RequestBodyLimitFilter(HttpLimitsConfig config) {
        this.limit = RequestBodyLimit.resolve(config, System::getenv);
        LOG.info("ShopDB request bodies are limited to {} bytes", limit.maxBytes());
    }

    @Override
    public void filter(ContainerRequestContext request) {
        if (request.getUriInfo().getRequestUri().getRawPath().startsWith(OWN_LIMIT_PREFIX)) {
            return;
        }
        if (limit.refuses(request.getHeaderString(HttpHeaders.CONTENT_LENGTH))) {
            request.abortWith(limit.tooLarge());
            return;
        }
        if (request.hasEntity()) {
            request.setEntityStream(limit.bound(request.getEntityStream()));
        }
    }
}
