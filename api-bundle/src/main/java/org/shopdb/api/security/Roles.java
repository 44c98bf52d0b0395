package org.shopdb.api.security;

import java.util.List;

/**
 * The roles of ShopDB users, as {@code SecurityContext.isUserInRole(…)} names them. Each
 * role includes the ones after it: an admin is also an editor and a viewer.
 *
 * <ul>
 *   <li>{@value #VIEWER}: reads ({@code GET}, {@code HEAD}) only;</li>
 *   <li>{@value #EDITOR}: reads and writes;</li>
 *   <li>{@value #ADMIN}: everything, including user administration.</li>
 * </ul>
 *
 * <p>Within a JAX-RS resource, the user is {@code securityContext.getUserPrincipal().getName()}.
 */
public final class Roles {

    public static final String ADMIN = "admin";
    public static final String EDITOR = "editor";
    public static final String VIEWER = "viewer";

    /** All roles, most privileged first. */
    public static final List<String> ALL = List.of(ADMIN, EDITOR, VIEWER);

    private Roles() {
    }
}
