package org.shopdb.core.internal.openapi;

/** Something the document leaves out (a fragment's description of a route that is not served, a route served twice, …) and the bundle concerned. */
record OpenApiWarning(OwningBundle bundle, String message) {
}
