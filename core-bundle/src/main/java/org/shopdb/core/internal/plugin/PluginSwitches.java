package org.shopdb.core.internal.plugin;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

import org.osgi.service.component.annotations.Component;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Plugins whose routes are switching from one bundle revision to the next (a {@code bundle:update},
 * a refresh, a feature upgrade): their old JAX-RS application is withdrawn, the new one is not
 * served yet. Requests for such a plugin wait here ({@link #await}) until the new application is
 * served, so that nobody sees the gap (ADR 0007). A plugin arriving (installed, reinstalled or
 * started) is held the same way from the moment its application is published until Jetty serves
 * it ({@link #arriving}, ADR 0009): before that moment its routes are simply not there (the core's
 * {@code 404}); after it, they answer whole.
 *
 * <p>"Served" means whole: Jetty serves the application's servlet <em>and</em> its endpoint serves
 * every root resource the plugin had registered for it when it was published ({@link #published}).
 * The whiteboard may build the endpoint without a resource it has not heard of yet and rebuild it a
 * moment later; a resource it refuses never joins, so an endpoint that stays short of resources for
 * {@code incompleteLimit} is taken as it is, with a WARN naming them, rather than held until the
 * hold limit and answered {@code 503}.
 *
 * <p>Requests already on their way into the old application when the switch begins are let finish
 * first ({@link #drain}): the old revision still serves them, since its application is withdrawn
 * only afterwards.
 *
 * <p>A plugin departing for good (stopped or uninstalled, not expected back) is held the other way
 * round ({@link #departing}): Pax Web removes its servlet context on a thread of its own, a moment
 * after the application is withdrawn, and meanwhile that context answers Jetty's own HTML 404. Its
 * requests wait until no context takes them any more ({@link #awaitDeparture}), then the core's
 * application answers them: its JSON {@code 404}.
 *
 * <p>The wait is bounded twice: a switch lasts at most {@code holdLimit} from its start (then the
 * waiting requests are told to come back later and the plugin's routes answer 404 again, as for
 * any plugin that is not there), and at most {@code maxHeld} requests wait at once (more are told
 * the same at once), so that held requests never take all of the web server's threads.
 */
@Component(service = PluginSwitches.class)
public class PluginSwitches {

    /** Long enough for a restart with a migration on a loaded machine, short enough for a client's patience. */
    static final Duration HOLD_LIMIT = Duration.ofSeconds(20);
    /** Well under Jetty's 200 threads, so that the core keeps serving while requests wait. */
    static final int MAX_HELD = 100;
    /** Longest wait for requests already in the old application before it is withdrawn. */
    static final Duration DRAIN_LIMIT = Duration.ofSeconds(2);
    /** Longest wait for Pax Web to remove a departing plugin's context; then requests are routed as they are. */
    static final Duration DEPARTURE_LIMIT = Duration.ofSeconds(5);
    /**
     * Longest a served endpoint may lack resources expected in it before requests go to it as it is:
     * a rebuild for a resource the whiteboard heard of late takes milliseconds, a refused one never comes.
     */
    static final Duration INCOMPLETE_LIMIT = Duration.ofSeconds(3);
    /** How often a waiting request looks whether the new application is served. */
    static final long POLL_MILLIS = 10;
    private static final Logger LOG = LoggerFactory.getLogger(PluginSwitches.class);

    /** How a wait ended. */
    public enum Outcome {
        /** No switch in progress, or the new application is served: route the request as it is. */
        PROCEED,
        /** The plugin was uninstalled while the request waited: route it as it is (404). */
        GONE,
        /** The new application did not come within the hold limit, or too many requests wait already. */
        UNAVAILABLE
    }

    /** What a waiting request sees of the plugin's new application. */
    @FunctionalInterface
    public interface Served {
        /**
         * Of the root resources expected in the application (class names), those its endpoint does
         * not serve yet; empty while Jetty does not serve the application's servlet at all.
         */
        Optional<Set<String>> missing(Set<String> resources);
    }

    private static final class Switch {
        final long deadline;
        /** Begun when the application was published for a plugin arriving, not by an update's stop. */
        final boolean arrival;
        /** The new application is registered: from now on a served context is the new one, not the old one going. */
        boolean published;
        /** The root resources (class names) the plugin had registered for the application when it was published. */
        Set<String> resources = Set.of();
        /** When ({@link System#nanoTime}) a request first saw the application served short of resources; 0 before. */
        long incompleteSince;
        /** Publishes the application once more (asynchronously); {@code null} when that cannot help. */
        Runnable republish;
        /** It was published once more already: a resource still missing then is taken as refused. */
        boolean republished;
        boolean gone;

        Switch(long deadline, boolean arrival) {
            this.deadline = deadline;
            this.arrival = arrival;
        }
    }

    private final Map<String, Switch> switches = new ConcurrentHashMap<>();
    /** Plugin name to the deadline ({@link System#nanoTime}) of its departure. */
    private final Map<String, Long> departures = new ConcurrentHashMap<>();
    private final AtomicInteger held = new AtomicInteger();
    /** Plugin name to its requests let through and not complete yet. */
    private final Map<String, AtomicInteger> inFlight = new ConcurrentHashMap<>();
    private final long holdLimitNanos;
    private final long departureLimitNanos;
    private final long incompleteLimitNanos;
    private final int maxHeld;

    public PluginSwitches() {
        this(HOLD_LIMIT, DEPARTURE_LIMIT, INCOMPLETE_LIMIT, MAX_HELD);
    }

    PluginSwitches(Duration holdLimit, int maxHeld) {
        this(holdLimit, DEPARTURE_LIMIT, INCOMPLETE_LIMIT, maxHeld);
    }

    PluginSwitches(Duration holdLimit, Duration departureLimit, Duration incompleteLimit, int maxHeld) {
        this.holdLimitNanos = holdLimit.toNanos();
        this.departureLimitNanos = departureLimit.toNanos();
        this.incompleteLimitNanos = incompleteLimit.toNanos();
        this.maxHeld = maxHeld;
    }

    /** The plugin's application is being withdrawn and a new revision of it is expected. */
    public void begin(String plugin) {
        departures.remove(plugin);
        switches.put(plugin, new Switch(System.nanoTime() + holdLimitNanos, false));
        LOG.debug("Plugin {}: holding its requests until its new revision is served", plugin);
    }

    /**
     * The plugin's application is about to be published for a plugin arriving: requests from now on
     * wait until Jetty serves it, not routed to a context that is still being built. An update's
     * switch in progress is kept as it is.
     */
    public void arriving(String plugin) {
        departures.remove(plugin);
        switches.putIfAbsent(plugin, new Switch(System.nanoTime() + holdLimitNanos, true));
    }

    /**
     * The plugin's application is withdrawn (its bundle left {@code ACTIVE}): an arrival that no
     * request has seen served yet is over. An update's switch, begun before, is kept.
     */
    public void withdrawn(String plugin) {
        Switch current = switches.get(plugin);
        if (current != null && current.arrival && switches.remove(plugin, current)) {
            synchronized (current) {
                current.gone = true;
                current.notifyAll();
            }
        }
    }

    /** The plugin's bundle is gone: nothing comes back, waiting requests go on now. */
    public void gone(String plugin) {
        Switch ending = switches.remove(plugin);
        if (ending != null) {
            synchronized (ending) {
                ending.gone = true;
                ending.notifyAll();
            }
        }
    }

    /**
     * The plugin's application is withdrawn for good (its bundle stopped or uninstalled, not expected
     * back): until Pax Web has removed its context, requests for it wait ({@link #awaitDeparture}).
     */
    public void departing(String plugin) {
        departures.put(plugin, System.nanoTime() + departureLimitNanos);
    }

    /** Whether requests for the plugin wait for its context to go (cheap: asked for every request). */
    public boolean isDeparting(String plugin) {
        return departures.containsKey(plugin);
    }

    /**
     * Waits until {@code taken} says that no servlet context takes the departing plugin's requests any
     * more, so that the core's application answers them, at most until the departure's limit; then the
     * request is routed as it is. Returns at once beyond the bound of held requests.
     */
    public void awaitDeparture(String plugin, BooleanSupplier taken) throws InterruptedException {
        Long deadline = departures.get(plugin);
        if (deadline == null) {
            return;
        }
        if (held.incrementAndGet() > maxHeld) {
            held.decrementAndGet();
            return;
        }
        try {
            while (taken.getAsBoolean()) {
                if (System.nanoTime() - deadline >= 0) {
                    if (departures.remove(plugin, deadline)) {
                        LOG.warn("Plugin {}: its web context was still there {} s after its routes were withdrawn; requests go to it as they are",
                                plugin, Duration.ofNanos(departureLimitNanos).toSeconds());
                    }
                    return;
                }
                Thread.sleep(POLL_MILLIS);
            }
            departures.remove(plugin, deadline);
        } finally {
            held.decrementAndGet();
        }
    }

    /**
     * The plugin's new application is registered, and {@code resources} (class names) are the root
     * resources the plugin had registered for it: waiting requests look again at once, and go on once
     * the endpoint serves all of them. Should the endpoint still lack some of them after the incomplete
     * limit, {@code republish} (if not {@code null}) is run once — it must not block: it withdraws the
     * application and publishes it again, so that the whiteboard builds it anew with every resource it
     * knows by then — and requests wait for that publication.
     */
    public void published(String plugin, Set<String> resources, Runnable republish) {
        Switch current = switches.get(plugin);
        if (current != null) {
            synchronized (current) {
                current.published = true;
                current.resources = Set.copyOf(resources);
                current.incompleteSince = 0;
                current.republish = republish;
                current.notifyAll();
            }
        }
    }

    /** A request for the plugin is let through to its application. */
    public void entered(String plugin) {
        inFlight.compute(plugin, (name, count) -> {
            AtomicInteger counted = count == null ? new AtomicInteger() : count;
            counted.incrementAndGet();
            return counted;
        });
    }

    /** A request {@link #entered} is complete; a plugin with none in flight is forgotten (any path may name one). */
    public void left(String plugin) {
        AtomicInteger[] drained = {null};
        inFlight.computeIfPresent(plugin, (name, count) -> {
            if (count.decrementAndGet() > 0) {
                return count;
            }
            drained[0] = count;
            return null;
        });
        if (drained[0] != null) {
            synchronized (drained[0]) {
                drained[0].notifyAll();
            }
        }
    }

    /**
     * Waits (at most {@link #DRAIN_LIMIT}) until the requests let through to the plugin before its
     * switch began are complete; new ones are held meanwhile.
     */
    public void drain(String plugin) throws InterruptedException {
        AtomicInteger count = inFlight.get(plugin);
        if (count == null) {
            return;
        }
        long deadline = System.nanoTime() + DRAIN_LIMIT.toNanos();
        synchronized (count) {
            long left;
            while (count.get() > 0 && (left = deadline - System.nanoTime()) > 0) {
                count.wait(Math.max(1, Math.min(POLL_MILLIS, left / 1_000_000)));
            }
        }
    }

    /** Whether requests for the plugin are held now (cheap: asked for every request). */
    public boolean switching(String plugin) {
        return switches.containsKey(plugin);
    }

    /**
     * Waits until the plugin's new application is published and {@code served} says it serves
     * requests with every expected resource (before it is published, a served context is the old one
     * on its way out), the plugin is gone, or the switch outlasts its limit.
     */
    public Outcome await(String plugin, Served served) throws InterruptedException {
        Switch current = switches.get(plugin);
        if (current == null) {
            return Outcome.PROCEED;
        }
        if (held.incrementAndGet() > maxHeld) {
            held.decrementAndGet();
            return Outcome.UNAVAILABLE;
        }
        try {
            synchronized (current) {
                while (true) {
                    if (current.gone) {
                        return Outcome.GONE;
                    }
                    if (current.published && whole(plugin, current, served)) {
                        switches.remove(plugin, current);
                        return Outcome.PROCEED;
                    }
                    long left = current.deadline - System.nanoTime();
                    if (left <= 0) {
                        if (switches.remove(plugin, current)) {
                            LOG.warn("Plugin {} was not served within {} s of {}; its routes answer 503, then 404 until it is served",
                                    plugin, Duration.ofNanos(holdLimitNanos).toSeconds(),
                                    current.arrival ? "its application being published" : "being stopped for an update");
                        }
                        return Outcome.UNAVAILABLE;
                    }
                    current.wait(Math.max(1, Math.min(POLL_MILLIS, left / 1_000_000)));
                }
            }
        } finally {
            held.decrementAndGet();
        }
    }

    /**
     * Whether the published application is served with every expected resource, or has been served
     * short of some for the incomplete limit (then once: a WARN naming them). Called holding {@code current}.
     */
    private boolean whole(String plugin, Switch current, Served served) {
        Optional<Set<String>> missing = served.missing(current.resources);
        if (missing.isEmpty()) {
            return false;
        }
        if (missing.get().isEmpty()) {
            return true;
        }
        long now = System.nanoTime();
        if (current.incompleteSince == 0) {
            current.incompleteSince = now;
            LOG.debug("Plugin {}: served without {} yet, holding its requests until its endpoint has them", plugin, missing.get());
            return false;
        }
        if (now - current.incompleteSince < incompleteLimitNanos) {
            return false;
        }
        if (current.republish != null && !current.republished) {
            // The whiteboard can lose a resource that registers while it builds the application (ADR 0009):
            // built anew, the application gets every resource the whiteboard has recorded since.
            LOG.warn("Plugin {}: its endpoint does not serve {} {} ms after it was served; publishing its application again",
                    plugin, missing.get(), Duration.ofNanos(incompleteLimitNanos).toMillis());
            current.republished = true;
            current.published = false;
            current.incompleteSince = 0;
            current.republish.run();
            return false;
        }
        if (switches.get(plugin) == current) {
            // the first request let go tells; the others waiting with it follow it
            LOG.warn("Plugin {}: its endpoint still does not serve {} {} ms after it was served (refused by the JAX-RS whiteboard? "
                    + "see its log); requests go to it as it is", plugin, missing.get(), Duration.ofNanos(incompleteLimitNanos).toMillis());
        }
        return true;
    }
}
