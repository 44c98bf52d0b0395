package org.shopdb.core.internal.openapi;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A bundle's description of its own routes: an OpenAPI document in part ({@code paths},
 * {@code components}, {@code tags}), merged into the document generated from what is served.
 *
 * @param location where in the bundle it was read, for messages
 */
record OpenApiFragment(OwningBundle owner, String location, ObjectNode content) {
}
