package org.shopdb.core.internal.openapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.ParameterizedType;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import javax.ws.rs.BeanParam;
import javax.ws.rs.Consumes;
import javax.ws.rs.CookieParam;
import javax.ws.rs.DELETE;
import javax.ws.rs.DefaultValue;
import javax.ws.rs.FormParam;
import javax.ws.rs.GET;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.PATCH;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.UriInfo;

import org.junit.jupiter.api.Test;

class ResourceIntrospectorTest {

    enum Kind { SMALL, LARGE }

    public static class Paging {
        @QueryParam("page")
        @DefaultValue("1")
        int page;
    }

    @Path("/things/{thingId: [0-9]+}")
    @Produces(MediaType.APPLICATION_JSON)
    public static class ThingResource {

        @QueryParam("verbose")
        @DefaultValue("false")
        boolean verbose;

        @GET
        public Object get(@PathParam("thingId") long id, @HeaderParam("X-Trace") String trace, @Context UriInfo uri) {
            return null;
        }

        @PUT
        @Consumes("application/json, application/merge-patch+json")
        public void replace(@PathParam("thingId") long id, Map<String, Object> body) {
        }

        @PATCH
        public void patch(Map<String, Object> body) {
        }

        @DELETE
        @Path("parts/{part}")
        public void removePart(@PathParam("part") String part, @CookieParam("session") String session) {
        }

        @GET
        @Path("/parts/")
        @Produces(MediaType.TEXT_PLAIN)
        public String parts(@QueryParam("limit") @DefaultValue("10") int limit, @QueryParam("kind") List<Kind> kinds,
                @BeanParam Paging paging) {
            return "";
        }

        @POST
        @Path("form")
        @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
        public void form(@FormParam("name") String name, @FormParam("count") Integer count) {
        }

        @Path("notes")
        public NoteResource notes() {
            return new NoteResource();
        }

        public void helperWithoutAnnotations() {
        }
    }

    public static class NoteResource {

        @GET
        public String list() {
            return "";
        }

        @POST
        @Path("{noteId}")
        public void add(@PathParam("noteId") UUID id, String text) {
        }
    }

    @Path("inherited")
    @Produces(MediaType.APPLICATION_JSON)
    public interface InheritedApi {
        @GET
        @Path("{id}")
        String get(@PathParam("id") long id);
    }

    public static class InheritedImplementation implements InheritedApi {
        @Override
        public String get(long id) {
            return "";
        }
    }

    private final List<ResourceRoute> routes = ResourceIntrospector.routes(ThingResource.class);

    @Test
    void everyHttpMethodAnnotationIsARouteAndNothingElse() {
        assertEquals(Set.of("GET things/{thingId: [0-9]+}", "PUT things/{thingId: [0-9]+}", "PATCH things/{thingId: [0-9]+}",
                "DELETE things/{thingId: [0-9]+}/parts/{part}", "GET things/{thingId: [0-9]+}/parts",
                "POST things/{thingId: [0-9]+}/form", "GET things/{thingId: [0-9]+}/notes",
                "POST things/{thingId: [0-9]+}/notes/{noteId}"),
                routes.stream().map(route -> route.method() + " " + route.template()).collect(Collectors.toSet()));
    }

    @Test
    void parametersCarryPlaceTypeAndDefault() {
        ResourceRoute get = route("GET", "things/{thingId: [0-9]+}");
        assertEquals(List.of("verbose:QUERY", "thingId:PATH", "X-Trace:HEADER"), names(get));
        assertEquals(long.class, parameter(get, "thingId").type());
        assertEquals("false", parameter(get, "verbose").defaultValue(), "field parameters apply to every route of the class");
        assertFalse(get.hasEntity(), "@Context is injected, not sent");

        ResourceRoute parts = route("GET", "things/{thingId: [0-9]+}/parts");
        assertEquals("10", parameter(parts, "limit").defaultValue());
        assertEquals(int.class, parameter(parts, "limit").type());
        assertEquals(List.class, ((ParameterizedType) parameter(parts, "kind").type()).getRawType());
        assertEquals("1", parameter(parts, "page").defaultValue(), "@BeanParam fields are parameters");

        ResourceRoute delete = route("DELETE", "things/{thingId: [0-9]+}/parts/{part}");
        assertEquals(ParameterLocation.COOKIE, parameter(delete, "session").location());
    }

    @Test
    void mediaTypesComeFromTheMethodElseTheClass() {
        ResourceRoute put = route("PUT", "things/{thingId: [0-9]+}");
        assertEquals(List.of("application/json", "application/merge-patch+json"), put.consumes());
        assertEquals(List.of(MediaType.APPLICATION_JSON), put.produces());
        assertTrue(put.hasEntity(), "an unannotated parameter is the body");
        assertEquals(List.of(MediaType.TEXT_PLAIN), route("GET", "things/{thingId: [0-9]+}/parts").produces());
        assertEquals(List.of(), route("PATCH", "things/{thingId: [0-9]+}").consumes());
    }

    @Test
    void formFieldsMakeABody() {
        ResourceRoute form = route("POST", "things/{thingId: [0-9]+}/form");
        assertTrue(form.hasEntity());
        assertEquals(ParameterLocation.FORM, parameter(form, "count").location());
    }

    @Test
    void subResourceLocatorsAreFollowed() {
        ResourceRoute add = route("POST", "things/{thingId: [0-9]+}/notes/{noteId}");
        assertEquals(UUID.class, parameter(add, "noteId").type());
        assertTrue(add.hasEntity());
        assertEquals(List.of(), add.produces(), "a sub-resource does not take the locator class's @Produces");
    }

    @Test
    void annotationsAreInheritedFromTheInterface() {
        List<ResourceRoute> inherited = ResourceIntrospector.routes(InheritedImplementation.class);
        assertEquals(1, inherited.size());
        assertEquals("GET inherited/{id}", inherited.get(0).method() + " " + inherited.get(0).template());
        assertEquals(long.class, inherited.get(0).parameters().get(0).type());
        assertEquals(List.of(MediaType.APPLICATION_JSON), inherited.get(0).produces());
    }

    @Test
    void classWithoutRoutesHasNone() {
        assertEquals(List.of(), ResourceIntrospector.routes(String.class));
    }

    private ResourceRoute route(String method, String template) {
        return routes.stream().filter(route -> route.method().equals(method) && route.template().equals(template))
                .findFirst().orElseThrow(() -> new AssertionError(method + " " + template + " not in " + routes));
    }

    private static RouteParameter parameter(ResourceRoute route, String name) {
        return route.parameters().stream().filter(parameter -> parameter.name().equals(name))
                .findFirst().orElseThrow(() -> new AssertionError(name + " not in " + route));
    }

    private static List<String> names(ResourceRoute route) {
        return route.parameters().stream().map(parameter -> parameter.name() + ":" + parameter.location()).toList();
    }
}
