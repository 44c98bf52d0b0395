package org.shopdb.core.internal.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.shopdb.api.security.PublicRoutes;

class AccessPolicyTest {

    private final AccessPolicy policy = new AccessPolicy();

    @Test
    void viewerMayOnlyRead() {
        assertTrue(policy.allows(Role.VIEWER, "GET", false, "/api/assets"));
        assertTrue(policy.allows(Role.VIEWER, "HEAD", false, "/api/assets/1"));
        for (String write : List.of("POST", "PUT", "PATCH", "DELETE", "OPTIONS")) {
            assertFalse(policy.allows(Role.VIEWER, write, false, "/api/assets"), write);
        }
    }

    @Test
    void editorAndAdminMayWrite() {
        assertTrue(policy.allows(Role.EDITOR, "POST", false, "/api/assets"));
        assertTrue(policy.allows(Role.EDITOR, "DELETE", false, "/api/assets/7"));
        assertTrue(policy.allows(Role.ADMIN, "PUT", false, "/api/assets/7"));
    }

    @Test
    void usersAreForAdminsOnlyEvenToRead() {
        assertEquals(Role.ADMIN, policy.required("GET", false, "/api/users"));
        assertFalse(policy.allows(Role.EDITOR, "GET", false, "/api/users/3"));
        assertTrue(policy.allows(Role.ADMIN, "POST", false, "/api/users"));
        assertEquals(Role.VIEWER, policy.required("GET", false, "/api/usersettings"), "segment prefix, not string prefix");
    }

    @Test
    void apiKeysAreForAdminsOnlyEvenToRead() {
        assertEquals(Role.ADMIN, policy.required("GET", false, "/api/apikeys"));
        assertFalse(policy.allows(Role.EDITOR, "DELETE", false, "/api/apikeys/3"));
        assertTrue(policy.allows(Role.ADMIN, "POST", false, "/api/apikeys"));
        assertEquals(Role.EDITOR, policy.required("POST", false, "/api/collector/cameras"), "a user posting to a collector writes");
    }

    @Test
    void disguisedPathsAreJudgedAsWhatTheyRouteTo() {
        for (String path : List.of("/api//users", "/api/users/", "/api/users;jsessionid=1", "/api/%75sers", "/api/x/../users",
                "/api/./users", "//api/users", "/api/users%2F1")) {
            assertFalse(policy.allows(Role.EDITOR, "GET", false, path), path);
        }
    }

    @Test
    void methodOverrideHeadersMakeARequestAWrite() {
        assertFalse(policy.allows(Role.VIEWER, "GET", true, "/api/assets"));
        assertTrue(AccessPolicy.isWrite("GET", true));
        assertFalse(AccessPolicy.isWrite("get", false));
    }

    @Test
    void everySignedInUserMayRefreshAndLogOut() {
        assertTrue(policy.allows(Role.VIEWER, "POST", false, "/api/auth/refresh"));
        assertTrue(policy.allows(Role.VIEWER, "POST", false, "/api/auth/logout"));
        assertTrue(policy.allows(Role.VIEWER, "GET", false, "/api/auth/me"));
    }

    @Test
    void rolesNest() {
        assertTrue(Role.ADMIN.includes(Role.EDITOR));
        assertTrue(Role.ADMIN.includes(Role.VIEWER));
        assertTrue(Role.EDITOR.includes(Role.VIEWER));
        assertFalse(Role.VIEWER.includes(Role.EDITOR));
        assertFalse(Role.EDITOR.includes(Role.ADMIN));
    }

    @Test
    void securityContextAnswersNestedRoles() {
        TokenSecurityContext editor = new TokenSecurityContext(new AuthenticatedUser("ed", Role.EDITOR, null), false);
        assertEquals("ed", editor.getUserPrincipal().getName());
        assertTrue(editor.isUserInRole("editor"));
        assertTrue(editor.isUserInRole("viewer"));
        assertFalse(editor.isUserInRole("admin"));
        assertFalse(editor.isUserInRole("root"));
        assertFalse(editor.isUserInRole(null));
    }

    @Test
    void publicRoutesAreExactMethodAndPath() {
        assertTrue(PublicRoutes.isPublic("POST", "/api/auth/login"));
        assertTrue(PublicRoutes.isPublic("GET", "/api/health"));
        assertTrue(PublicRoutes.isPublic("HEAD", "/api/health"));
        assertTrue(PublicRoutes.isPublic("GET", "/api/openapi.json"));
        assertFalse(PublicRoutes.isPublic("GET", "/api/auth/login"));
        assertFalse(PublicRoutes.isPublic("POST", "/api/health"));
        assertFalse(PublicRoutes.isPublic("GET", "/api/health/"));
        assertFalse(PublicRoutes.isPublic("GET", "/api/health;x=1"));
        assertFalse(PublicRoutes.isPublic("GET", "/api/auth/me"));
        assertFalse(PublicRoutes.isPublic("GET", "/api/health/../assets"));
    }
}
