package org.shopdb.core.internal.audit;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonProperty;

/** JSON names of {@link org.shopdb.api.audit.AuditEntry} (Jackson mix-in). */
public abstract class AuditEntryJson {

    @JsonProperty("auditid")
    abstract long auditId();

    @JsonProperty("occurredat")
    abstract Instant occurredAt();

    @JsonProperty("entitytype")
    abstract String entityType();

    @JsonProperty("entityid")
    abstract String entityId();

    @JsonProperty("entityname")
    abstract String entityName();
}
