package org.shopdb.core.internal.openapi;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import javax.ws.rs.core.Application;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.util.tracker.BundleTracker;
import org.osgi.util.tracker.ServiceTracker;
import org.shopdb.core.internal.rest.Json;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The OpenAPI document of everything the JAX-RS whiteboard serves right now. Follows the
 * JAX-RS applications and resource services of every bundle and the OpenAPI fragments of
 * started bundles as they come and go; the document is built when first asked for after a
 * change and kept until the next one. What a fragment describes that is not served is
 * logged once as a warning.
 * <p>
 * Immediate, so that it is already running when {@link OpenApiResource} (one of the
 * resources it reads) activates: reading a resource's class means getting the service.
 */
@Component(service = OpenApiRegistry.class, immediate = true)
public class OpenApiRegistry {

    private static final Logger LOG = LoggerFactory.getLogger(OpenApiRegistry.class);
    private static final String RESOURCES = "(osgi.jaxrs.resource=true)";

    private final Bundle core;
    private final OpenApiAssembler assembler;
    private final Map<Long, WhiteboardApplication> applications = new ConcurrentHashMap<>();
    private final Set<OpenApiWarning> reported = ConcurrentHashMap.newKeySet();
    private final AtomicLong changes = new AtomicLong();
    private final ResourceClasses resourceClasses;
    private final FragmentBundles fragmentBundles;
    private final ServiceTracker<Object, Class<?>> resources;
    private final BundleTracker<OpenApiFragment> fragments;

    /** Guarded by this: the last document built, and the change count it was built at. */
    private byte[] document;
    private long documentChanges = -1;

    @Activate
    public OpenApiRegistry(BundleContext context) throws InvalidSyntaxException {
        this.core = context.getBundle();
        this.assembler = new OpenApiAssembler(info(core));
        this.resourceClasses = new ResourceClasses(context, changes::incrementAndGet);
        this.fragmentBundles = new FragmentBundles(this::bundleChanged);
        this.resources = new ServiceTracker<>(context, FrameworkUtil.createFilter(RESOURCES), resourceClasses);
        this.fragments = new BundleTracker<>(context, Bundle.STARTING | Bundle.ACTIVE, fragmentBundles);
        resources.open(true);
        fragments.open();
    }

    @Deactivate
    void close() {
        fragments.close();
        resources.close();
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void addApplication(ServiceReference<Application> reference, Application application) {
        applications.put(serviceId(reference), application(reference, application));
        changes.incrementAndGet();
    }

    void updatedApplication(ServiceReference<Application> reference, Application application) {
        addApplication(reference, application);
    }

    void removeApplication(ServiceReference<Application> reference) {
        applications.remove(serviceId(reference));
        changes.incrementAndGet();
    }

    /**
     * The document as UTF-8 JSON. The change count is read before the state it describes:
     * a change made while building counts as not yet seen, and the next call rebuilds.
     */
    public synchronized byte[] document() {
        long seen = changes.get();
        if (document == null || documentChanges != seen) {
            document = build();
            documentChanges = seen;
        }
        return document;
    }

    private byte[] build() {
        List<OpenApiFragment> ordered = fragmentBundles.current();
        ordered.sort(Comparator.comparing((OpenApiFragment fragment) -> fragment.owner().id() != core.getBundleId())
                .thenComparingLong(fragment -> fragment.owner().id()));
        OpenApiAssembler.Result result = assembler.assemble(WhiteboardRoutes.served(applications.values(), resources()), ordered);
        result.warnings().stream().filter(reported::add)
                .forEach(warning -> LOG.warn("OpenAPI document, bundle {}: {}", warning.bundle(), warning.message()));
        try {
            return Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsBytes(result.document());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<WhiteboardResource> resources() {
        List<WhiteboardResource> tracked = new ArrayList<>();
        resourceClasses.current().forEach((reference, type) -> {
            Bundle owner = reference.getBundle();
            if (owner != null) {
                tracked.add(new WhiteboardResource(properties(reference), type, OwningBundle.of(owner)));
            }
        });
        return tracked;
    }

    private void bundleChanged(Bundle bundle) {
        reported.removeIf(warning -> warning.bundle().id() == bundle.getBundleId());
        changes.incrementAndGet();
    }

    private static WhiteboardApplication application(ServiceReference<Application> reference, Application application) {
        List<Class<?>> classes = new ArrayList<>();
        try {
            classes.addAll(application.getClasses());
            application.getSingletons().forEach(singleton -> classes.add(singleton.getClass()));
        } catch (RuntimeException e) {
            LOG.warn("JAX-RS application {} failed to list its classes; only its whiteboard resources are documented",
                    reference.getProperty(WhiteboardApplication.NAME), e);
        }
        Object name = reference.getProperty(WhiteboardApplication.NAME);
        Object base = reference.getProperty(WhiteboardApplication.BASE);
        Object ranking = reference.getProperty(Constants.SERVICE_RANKING);
        return new WhiteboardApplication(name == null ? null : name.toString(), base == null ? null : base.toString(),
                properties(reference), ranking instanceof Integer value ? value : 0, serviceId(reference),
                OwningBundle.of(reference.getBundle()), classes);
    }

    private static Map<String, Object> properties(ServiceReference<?> reference) {
        Map<String, Object> properties = new HashMap<>();
        for (String key : reference.getPropertyKeys()) {
            properties.put(key, reference.getProperty(key));
        }
        return properties;
    }

    private static long serviceId(ServiceReference<?> reference) {
        return (Long) reference.getProperty(Constants.SERVICE_ID);
    }

    private static ObjectNode info(Bundle core) {
        return JsonNodeFactory.instance.objectNode()
                .put("title", "ShopDB API")
                .put("version", core.getVersion().toString())
                .put("description", "Shop-floor asset database. This document is generated from the JAX-RS resources "
                        + "served right now, the core's and every started plugin's, and described by the OpenAPI "
                        + "fragments their bundles ship (see docs/OPENAPI.md).");
    }
}
