package org.shopdb.core.internal.auth;

import java.util.Map;

import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerRequestFilter;
import javax.ws.rs.container.ContainerResponseContext;
import javax.ws.rs.container.ContainerResponseFilter;
import javax.ws.rs.container.PreMatching;
import javax.ws.rs.core.MultivaluedMap;
import javax.ws.rs.core.Response;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtension;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsName;

/**
 * CORS for every JAX-RS application, from the allowlist in {@link AuthSettings#corsOrigins()}:
 * answers a preflight from an allowed origin with {@code 204} before routing and without
 * credentials, and adds the CORS headers of {@link CorsPolicy} to every other answer,
 * errors included. The {@link AuthenticationFilter} lets exactly those preflights pass,
 * so the order of the two filters does not matter.
 */
@Component(service = {ContainerRequestFilter.class, ContainerResponseFilter.class})
@JaxrsExtension
@JaxrsName(CorsFilter.NAME)
@JaxrsApplicationSelect("(osgi.jaxrs.name=*)")
@PreMatching
public class CorsFilter implements ContainerRequestFilter, ContainerResponseFilter {

    public static final String NAME = "shopdb-cors";

    private final CorsPolicy policy;

    @Activate
    public CorsFilter(@Reference AuthConfiguration configuration) {
        this.policy = new CorsPolicy(configuration.settings().corsOrigins());
    }

    @Override
    public void filter(ContainerRequestContext request) {
        String origin = request.getHeaderString(CorsPolicy.ORIGIN);
        if (policy.answersPreflight(request.getMethod(), origin, request.getHeaderString(CorsPolicy.REQUEST_METHOD))) {
            Response.ResponseBuilder answer = Response.noContent();
            policy.preflightHeaders(origin).forEach(answer::header);
            request.abortWith(answer.build());
        }
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        MultivaluedMap<String, Object> headers = response.getHeaders();
        if (headers.containsKey(CorsPolicy.ALLOW_ORIGIN)) {
            return; // a preflight answered above
        }
        for (Map.Entry<String, String> header : policy.responseHeaders(request.getHeaderString(CorsPolicy.ORIGIN)).entrySet()) {
            headers.add(header.getKey(), header.getValue());
        }
    }
}
