package org.shopdb.core.internal.rest;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Limits of ShopDB's HTTP API ({@code etc/org.shopdb.http.cfg}, optional); the environment wins, see {@link RequestBodyLimit}. */
@ObjectClassDefinition(name = "ShopDB HTTP limits", description = "Limits ShopDB's HTTP API enforces on every application")
public @interface HttpLimitsConfig {

    String PID = "org.shopdb.http";

    @AttributeDefinition(description = "Largest request body in bytes; larger ones get 413 before they are read (env SHOPDB_MAX_BODY_BYTES)")
    long maxBodyBytes() default RequestBodyLimit.DEFAULT_MAX_BYTES;
}
