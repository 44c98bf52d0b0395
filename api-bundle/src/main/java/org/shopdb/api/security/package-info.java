/**
 * Who may call the HTTP API: the {@link org.shopdb.api.security.Roles roles} a resource
 * checks with {@code SecurityContext.isUserInRole(…)}, and the few
 * {@link org.shopdb.api.security.PublicRoutes public routes} served without credentials.
 * Everything else is denied to anonymous callers by the core.
 */
@Export
@Version("1.0.0")
package org.shopdb.api.security;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
