package org.shopdb.api.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.security.Principal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import javax.ws.rs.core.SecurityContext;

import org.junit.jupiter.api.Test;
import org.shopdb.api.audit.Actor;
import org.shopdb.api.error.FieldError;
import org.shopdb.api.error.InvalidRequestException;
import org.shopdb.api.error.NotFoundException;
import org.shopdb.api.paging.Page;
import org.shopdb.api.paging.PageRequest;

class RestHelpersTest {

    @Test
    void pagingDefaultsWhenAbsent() {
        PageRequest page = new QueryParameters(Map.of()).page();
        assertEquals(new PageRequest(1, PageRequest.DEFAULT_PER_PAGE, null), page);
    }

    @Test
    void pagingIsReadFromPagePerPageAndSort() {
        PageRequest page = new QueryParameters(Map.of("page", List.of("3"), "per_page", List.of(" 20 "), "sort", List.of("-name"))).page();
        assertEquals(new PageRequest(3, 20, "-name"), page);
    }

    @Test
    void everyBadParameterIsNamedAtOnce() {
        QueryParameters query = new QueryParameters(Map.of("page", List.of("x"), "per_page", List.of("y")));
        InvalidRequestException thrown = assertThrows(InvalidRequestException.class, query::page);
        assertEquals(List.of("page", "per_page"), thrown.errors().stream().map(FieldError::field).toList());
    }

    @Test
    void anAbsurdPageSizeIsRefusedNotWrapped() {
        QueryParameters query = new QueryParameters(Map.of("per_page", List.of("99999999999")));
        InvalidRequestException thrown = assertThrows(InvalidRequestException.class, query::page);
        assertEquals("per_page", thrown.errors().get(0).field());
    }

    @Test
    void typedFiltersConvertOrCollectAnError() {
        QueryParameters query = new QueryParameters(Map.of("locationid", List.of("7"), "active", List.of("no"),
                "since", List.of("2026-11-25T08:00:00Z"), "blank", List.of("  "), "bad", List.of("maybe")));
        assertEquals(7L, query.id("locationid"));
        assertEquals(Boolean.FALSE, query.bool("active"));
        assertEquals(Instant.parse("2026-11-25T08:00:00Z"), query.instant("since"));
        assertNull(query.text("blank"));
        assertNull(query.text("absent"));
        assertNull(query.bool("bad"));
        InvalidRequestException thrown = assertThrows(InvalidRequestException.class, query::failOnErrors);
        assertEquals("bad", thrown.errors().get(0).field());
    }

    @Test
    void aPageBecomesDataWithMeta() {
        DataEnvelope<List<String>> envelope = DataEnvelope.of(new Page<>(List.of("a", "b"), 2, 2, 5));
        assertEquals(List.of("a", "b"), envelope.data());
        assertEquals(new DataEnvelope.Meta(2, 2, 5), envelope.meta());
        assertNull(DataEnvelope.of("one").meta());
    }

    @Test
    void onlyPositiveWholeNumbersAreIds() {
        assertEquals(42L, PathIds.parse("42", "Widget"));
        for (String bad : List.of("0", "-1", "abc", "1.5", "")) {
            NotFoundException thrown = assertThrows(NotFoundException.class, () -> PathIds.parse(bad, "Widget"));
            assertEquals("Widget " + bad + " not found", thrown.getMessage());
        }
    }

    @Test
    void aMissingBodyIsABadRequest() {
        assertEquals("x", RequestBodies.required("x"));
        InvalidRequestException thrown = assertThrows(InvalidRequestException.class, () -> RequestBodies.required(null));
        assertEquals("body", thrown.errors().get(0).field());
    }

    @Test
    void theActorIsTheAuthenticatedUser() {
        assertEquals(Actor.user("editor1"), Actors.of(security(() -> "editor1")));
        assertEquals(Actor.user("anonymous"), Actors.of(security(null)));
    }

    private static SecurityContext security(Principal principal) {
        return new SecurityContext() {
            @Override
            public Principal getUserPrincipal() {
                return principal;
            }

            @Override
            public boolean isUserInRole(String role) {
                return false;
            }

            @Override
            public boolean isSecure() {
                return false;
            }

            @Override
            public String getAuthenticationScheme() {
                return "Bearer";
            }
        };
    }
}
