package org.shopdb.core.internal.openapi;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.Path;

import org.junit.jupiter.api.Test;

class WhiteboardRoutesTest {

    private static final OwningBundle CORE = new OwningBundle(10, "org.shopdb.core");
    private static final OwningBundle PLUGIN = new OwningBundle(42, "org.shopdb.plugin.cameras");

    @Path("cameras")
    public static class CameraResource {
        @GET
        public String list() {
            return "";
        }

        @DELETE
        @Path("{id}")
        public void delete() {
        }
    }

    @Path("status")
    public static class StatusResource {
        @GET
        public String status() {
            return "";
        }
    }

    @Test
    void resourceIsServedUnderTheBaseOfTheApplicationItSelects() {
        assertEquals(Set.of("GET /api/cameras", "DELETE /api/cameras/{id}"), routes(
                List.of(application("shopdb", "api", 0, 1, CORE)),
                List.of(resource("(osgi.jaxrs.name=shopdb)", CameraResource.class, PLUGIN))));
    }

    @Test
    void resourceWithoutSelectJoinsTheDefaultApplicationAtTheRoot() {
        assertEquals(Set.of("GET /status"), routes(List.of(), List.of(resource(null, StatusResource.class, PLUGIN))));
    }

    @Test
    void resourceSelectingNoApplicationIsNotServed() {
        assertEquals(Set.of(), routes(List.of(application("shopdb", "api", 0, 1, CORE)),
                List.of(resource("(osgi.jaxrs.name=cameras)", StatusResource.class, PLUGIN),
                        resource("(this is no filter", StatusResource.class, PLUGIN))));
    }

    @Test
    void ownApplicationWithOwnBaseAndItsOwnClasses() {
        WhiteboardApplication cameras = new WhiteboardApplication("cameras", "/cam/v1/", Map.of("osgi.jaxrs.name", "cameras",
                "osgi.jaxrs.application.base", "/cam/v1/"), 0, 7, PLUGIN, List.of(StatusResource.class));
        assertEquals(Set.of("GET /cam/v1/status", "GET /cam/v1/cameras", "DELETE /cam/v1/cameras/{id}"), routes(
                List.of(application("shopdb", "api", 0, 1, CORE), cameras),
                List.of(resource("(osgi.jaxrs.name=cameras)", CameraResource.class, PLUGIN))));
    }

    @Test
    void ofTwoApplicationsWithOneNameOrOneBaseOnlyTheHigherRankedIsServed() {
        List<WhiteboardApplication> sameName = List.of(application("shopdb", "api", 0, 1, CORE),
                application("shopdb", "other", 5, 9, PLUGIN));
        assertEquals(Set.of("GET /other/status"), routes(sameName, List.of(resource("(osgi.jaxrs.name=shopdb)", StatusResource.class, CORE))));

        List<WhiteboardApplication> sameBase = List.of(application("shopdb", "api", 0, 1, CORE),
                application("intruder", "/api", 0, 9, PLUGIN));
        assertEquals(Set.of("GET /api/status"), routes(sameBase, List.of(
                resource("(osgi.jaxrs.name=shopdb)", StatusResource.class, CORE),
                resource("(osgi.jaxrs.name=intruder)", CameraResource.class, PLUGIN))), "equal ranking: the older service wins");
    }

    @Test
    void resourceMatchingSeveralApplicationsIsServedInEach() {
        assertEquals(Set.of("GET /api/status", "GET /cam/status", "GET /status"), routes(
                List.of(application("shopdb", "api", 0, 1, CORE), application("cameras", "cam", 0, 2, PLUGIN)),
                List.of(resource("(osgi.jaxrs.name=*)", StatusResource.class, CORE))), "the default application has a name too");
    }

    @Test
    void routesKeepTheBundleThatRegisteredTheResource() {
        List<ServedRoute> routes = WhiteboardRoutes.served(List.of(application("shopdb", "api", 0, 1, CORE)),
                List.of(resource("(osgi.jaxrs.name=shopdb)", CameraResource.class, PLUGIN)));
        assertEquals(Set.of(PLUGIN), routes.stream().map(ServedRoute::owner).collect(Collectors.toSet()));
    }

    private static Set<String> routes(List<WhiteboardApplication> applications, List<WhiteboardResource> resources) {
        return WhiteboardRoutes.served(applications, resources).stream().map(route -> route.method() + " " + route.path())
                .collect(Collectors.toSet());
    }

    static WhiteboardApplication application(String name, String base, int ranking, long serviceId, OwningBundle owner) {
        return new WhiteboardApplication(name, base, Map.of("osgi.jaxrs.name", name, "osgi.jaxrs.application.base", base),
                ranking, serviceId, owner, List.of());
    }

    static WhiteboardResource resource(String select, Class<?> type, OwningBundle owner) {
        return new WhiteboardResource(select == null ? Map.of("osgi.jaxrs.resource", true)
                : Map.of("osgi.jaxrs.resource", true, "osgi.jaxrs.application.select", select), type, owner);
    }
}
