package org.shopdb.core.internal.plugin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;

import org.junit.jupiter.api.Test;
import org.shopdb.core.internal.rest.JaxrsComponents;

class PluginSwitchesTest {

    private final PluginSwitches switches = new PluginSwitches(Duration.ofSeconds(30), 2);

    @Test
    void withoutASwitchRequestsGoOnAtOnce() throws Exception {
        assertFalse(switches.switching("cameras"));
        assertEquals(PluginSwitches.Outcome.PROCEED, switches.await("cameras", whole(() -> false)));
    }

    @Test
    void aHeldRequestGoesOnOnceTheNewApplicationIsServedAndTheSwitchEnds() throws Exception {
        AtomicBoolean served = new AtomicBoolean();
        switches.begin("cameras");
        CompletableFuture<PluginSwitches.Outcome> held = CompletableFuture.supplyAsync(() -> await("cameras", served));
        Thread.sleep(100);
        assertFalse(held.isDone(), "still waiting for the new application");
        served.set(true);
        Thread.sleep(100);
        assertFalse(held.isDone(), "a context served before the new application is published is the old one going");
        switches.published("cameras", Set.of(), null);
        assertEquals(PluginSwitches.Outcome.PROCEED, held.get(5, TimeUnit.SECONDS));
        assertFalse(switches.switching("cameras"));
    }

    @Test
    void anArrivalIsHeldUntilItsEndpointServesEveryResourcePublished() throws Exception {
        AtomicReference<Set<String>> served = new AtomicReference<>(Set.of("org.example.Families"));
        switches.arriving("cameras");
        switches.published("cameras", Set.of("org.example.Families", "org.example.Cameras"), null);
        CompletableFuture<PluginSwitches.Outcome> held = CompletableFuture.supplyAsync(
                () -> await(switches, "cameras", resources -> Optional.of(JaxrsComponents.missing(resources, served.get()))));
        Thread.sleep(150);
        assertFalse(held.isDone(), "Jetty serves it, but its endpoint was built without one resource");
        served.set(Set.of("org.example.Families", "org.example.Cameras"));
        assertEquals(PluginSwitches.Outcome.PROCEED, held.get(5, TimeUnit.SECONDS));
        assertFalse(switches.switching("cameras"));
    }

    @Test
    void anEndpointThatLostAResourceIsPublishedAgainOnceAndRequestsWaitForIt() throws Exception {
        PluginSwitches healing = new PluginSwitches(Duration.ofSeconds(30), PluginSwitches.DEPARTURE_LIMIT, Duration.ofMillis(200), 2);
        AtomicReference<Set<String>> served = new AtomicReference<>(Set.of("org.example.Families"));
        Set<String> expected = Set.of("org.example.Families", "org.example.Cameras");
        AtomicInteger republished = new AtomicInteger();
        healing.arriving("cameras");
        Runnable[] republish = new Runnable[1];
        republish[0] = () -> {
            republished.incrementAndGet();
            // as the registrar does, later and on a thread of its own: built anew with every resource
            CompletableFuture.runAsync(() -> {
                served.set(expected);
                healing.published("cameras", expected, republish[0]);
            }, CompletableFuture.delayedExecutor(100, TimeUnit.MILLISECONDS));
        };
        healing.published("cameras", expected, republish[0]);

        CompletableFuture<PluginSwitches.Outcome> held = CompletableFuture.supplyAsync(
                () -> await(healing, "cameras", resources -> Optional.of(JaxrsComponents.missing(resources, served.get()))));

        assertEquals(PluginSwitches.Outcome.PROCEED, held.get(5, TimeUnit.SECONDS));
        assertEquals(expected, served.get(), "let go only once the endpoint serves every resource");
        assertEquals(1, republished.get());
        assertFalse(healing.switching("cameras"));
    }

    @Test
    void aResourceStillMissingAfterThePublicationAgainIsTakenAsRefused() throws Exception {
        PluginSwitches refusing = new PluginSwitches(Duration.ofSeconds(30), PluginSwitches.DEPARTURE_LIMIT, Duration.ofMillis(200), 2);
        AtomicInteger republished = new AtomicInteger();
        refusing.arriving("cameras");
        Runnable[] republish = new Runnable[1];
        republish[0] = () -> {
            republished.incrementAndGet();
            CompletableFuture.runAsync(() -> refusing.published("cameras", Set.of("org.example.Broken"), republish[0]));
        };
        refusing.published("cameras", Set.of("org.example.Broken"), republish[0]);

        assertEquals(PluginSwitches.Outcome.PROCEED, await(refusing, "cameras", resources -> Optional.of(resources)));
        assertEquals(1, republished.get(), "published again once, not in a loop");
    }

    @Test
    void anEndpointThatNeverGetsAResourceIsTakenAsItIsAfterTheIncompleteLimit() throws Exception {
        PluginSwitches refusing = new PluginSwitches(Duration.ofSeconds(30), PluginSwitches.DEPARTURE_LIMIT, Duration.ofMillis(200), 2);
        refusing.arriving("cameras");
        refusing.published("cameras", Set.of("org.example.Broken"), null);
        long start = System.nanoTime();
        assertEquals(PluginSwitches.Outcome.PROCEED, await(refusing, "cameras", resources -> Optional.of(resources)),
                "a resource the whiteboard refused does not make its plugin unavailable");
        assertTrue(System.nanoTime() - start >= Duration.ofMillis(200).toNanos(), "held for the incomplete limit first");
        assertFalse(refusing.switching("cameras"));
    }

    @Test
    void anUninstalledPluginReleasesItsRequestsAtOnce() throws Exception {
        switches.begin("cameras");
        CompletableFuture<PluginSwitches.Outcome> held = CompletableFuture.supplyAsync(() -> await("cameras", new AtomicBoolean()));
        Thread.sleep(100);
        switches.gone("cameras");
        assertEquals(PluginSwitches.Outcome.GONE, held.get(5, TimeUnit.SECONDS));
        assertFalse(switches.switching("cameras"));
    }

    @Test
    void aSwitchThatOutlastsItsLimitEndsUnavailable() throws Exception {
        PluginSwitches shortLived = new PluginSwitches(Duration.ofMillis(200), 2);
        shortLived.begin("cameras");
        assertEquals(PluginSwitches.Outcome.UNAVAILABLE, shortLived.await("cameras", whole(() -> false)));
        assertFalse(shortLived.switching("cameras"), "later requests are routed as they are (404)");
    }

    @Test
    void requestsBeyondTheBoundAreNotHeld() throws Exception {
        switches.begin("cameras");
        AtomicBoolean served = new AtomicBoolean();
        CompletableFuture<PluginSwitches.Outcome> first = CompletableFuture.supplyAsync(() -> await("cameras", served));
        CompletableFuture<PluginSwitches.Outcome> second = CompletableFuture.supplyAsync(() -> await("cameras", served));
        Thread.sleep(300);
        assertFalse(first.isDone() || second.isDone(), "two requests are held");
        assertEquals(PluginSwitches.Outcome.UNAVAILABLE, switches.await("cameras", whole(() -> true)), "a third is not");
        served.set(true);
        switches.published("cameras", Set.of(), null);
        assertEquals(PluginSwitches.Outcome.PROCEED, first.get(5, TimeUnit.SECONDS));
        assertEquals(PluginSwitches.Outcome.PROCEED, second.get(5, TimeUnit.SECONDS));
    }

    @Test
    void drainWaitsForTheRequestsAlreadyLetThrough() throws Exception {
        switches.entered("cameras");
        switches.entered("cameras");
        CompletableFuture<Void> drained = CompletableFuture.runAsync(() -> {
            try {
                switches.drain("cameras");
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        switches.left("cameras");
        Thread.sleep(100);
        assertFalse(drained.isDone(), "one request is still in the old application");
        switches.left("cameras");
        drained.get(5, TimeUnit.SECONDS);
    }

    @Test
    void anArrivingPluginsRequestsWaitFromItsPublicationUntilItIsServed() throws Exception {
        AtomicBoolean served = new AtomicBoolean();
        switches.arriving("cameras");
        assertTrue(switches.switching("cameras"), "held while the whiteboard builds the application");
        CompletableFuture<PluginSwitches.Outcome> held = CompletableFuture.supplyAsync(() -> await("cameras", served));
        switches.published("cameras", Set.of(), null);
        Thread.sleep(100);
        assertFalse(held.isDone(), "published, but Jetty does not serve its context yet");
        served.set(true);
        assertEquals(PluginSwitches.Outcome.PROCEED, held.get(5, TimeUnit.SECONDS));
        assertFalse(switches.switching("cameras"));
    }

    @Test
    void anArrivalKeepsAnUpdatesSwitchAndIsNotEndedByItsStop() throws Exception {
        switches.begin("cameras");
        switches.arriving("cameras");
        switches.withdrawn("cameras");
        assertTrue(switches.switching("cameras"), "the update's switch waits for the new revision");
        CompletableFuture<PluginSwitches.Outcome> held = CompletableFuture.supplyAsync(() -> await("cameras", () -> true));
        Thread.sleep(100);
        assertFalse(held.isDone(), "the update's new application is not published yet");
        switches.published("cameras", Set.of(), null);
        assertEquals(PluginSwitches.Outcome.PROCEED, held.get(5, TimeUnit.SECONDS));
    }

    @Test
    void anArrivalWithdrawnBeforeItWasServedLetsItsRequestsGo() throws Exception {
        switches.arriving("cameras");
        switches.published("cameras", Set.of(), null);
        CompletableFuture<PluginSwitches.Outcome> held = CompletableFuture.supplyAsync(() -> await("cameras", new AtomicBoolean()));
        Thread.sleep(100);
        switches.withdrawn("cameras");
        assertEquals(PluginSwitches.Outcome.GONE, held.get(5, TimeUnit.SECONDS));
        assertFalse(switches.switching("cameras"));
    }

    @Test
    void drainWithNothingLetThroughReturnsAtOnce() throws Exception {
        switches.entered("cameras");
        switches.left("cameras");
        switches.drain("cameras");
        switches.drain("nosuchplugin");
    }

    @Test
    void aDepartingPluginsRequestsWaitUntilNoContextTakesThemAnyMore() throws Exception {
        AtomicBoolean taken = new AtomicBoolean(true);
        switches.departing("cameras");
        assertTrue(switches.isDeparting("cameras"));
        CompletableFuture<Void> held = CompletableFuture.runAsync(() -> awaitDeparture(switches, "cameras", taken));
        Thread.sleep(100);
        assertFalse(held.isDone(), "Pax Web has not removed the old context yet");
        taken.set(false);
        held.get(5, TimeUnit.SECONDS);
        assertFalse(switches.isDeparting("cameras"), "later requests go to the core at once");
    }

    @Test
    void aDepartureLastsAtMostItsLimit() throws Exception {
        PluginSwitches shortDepartures = new PluginSwitches(Duration.ofSeconds(30), Duration.ofMillis(200), PluginSwitches.INCOMPLETE_LIMIT, 2);
        shortDepartures.departing("cameras");
        long started = System.nanoTime();
        awaitDeparture(shortDepartures, "cameras", new AtomicBoolean(true));
        assertTrue(System.nanoTime() - started >= Duration.ofMillis(200).toNanos(), "held until the limit");
        assertFalse(shortDepartures.isDeparting("cameras"), "then routed as it is");
    }

    @Test
    void aPluginArrivingOrUpdatedAgainIsNoLongerDeparting() {
        switches.departing("cameras");
        switches.arriving("cameras");
        assertFalse(switches.isDeparting("cameras"));
        switches.departing("printers");
        switches.begin("printers");
        assertFalse(switches.isDeparting("printers"), "the update's switch holds its requests");
    }

    @Test
    void departuresBeyondTheBoundOfHeldRequestsAreNotHeld() throws Exception {
        switches.begin("cameras");
        CompletableFuture<PluginSwitches.Outcome> first = CompletableFuture.supplyAsync(() -> await("cameras", new AtomicBoolean()));
        CompletableFuture<PluginSwitches.Outcome> second = CompletableFuture.supplyAsync(() -> await("cameras", new AtomicBoolean()));
        Thread.sleep(300);
        switches.departing("printers");
        long started = System.nanoTime();
        awaitDeparture(switches, "printers", new AtomicBoolean(true));
        assertTrue(System.nanoTime() - started < Duration.ofSeconds(1).toNanos(), "two requests are held already");
        switches.gone("cameras");
        first.get(5, TimeUnit.SECONDS);
        second.get(5, TimeUnit.SECONDS);
    }

    private static void awaitDeparture(PluginSwitches on, String plugin, AtomicBoolean taken) {
        try {
            on.awaitDeparture(plugin, taken::get);
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private PluginSwitches.Outcome await(String plugin, AtomicBoolean served) {
        return await(plugin, served::get);
    }

    private PluginSwitches.Outcome await(String plugin, BooleanSupplier served) {
        return await(switches, plugin, whole(served));
    }

    private static PluginSwitches.Outcome await(PluginSwitches on, String plugin, PluginSwitches.Served served) {
        try {
            return on.await(plugin, served);
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Jetty serves the application when {@code served} says so, and its endpoint then has every resource. */
    private static PluginSwitches.Served whole(BooleanSupplier served) {
        return resources -> served.getAsBoolean() ? Optional.of(Set.of()) : Optional.empty();
    }
}
