package org.shopdb.api.plugin;

import java.net.URL;
import java.util.List;
import java.util.Map;

import org.osgi.annotation.versioning.ConsumerType;
import org.shopdb.api.audit.Actor;

/**
 * Hook: ingestion of records pushed by scripts and inventory agents at
 * {@code POST /api/collector/{name}}.
 *
 * <p>The core authenticates the API key, validates every record against {@link #recordSchema()},
 * rejects batches naming the same natural key twice, and calls {@link #ingest} for each record
 * inside one transaction, so a batch is all-or-nothing. The plugin upserts by the natural key:
 * sending the same record again must answer {@link CollectorOutcome.Result#UNCHANGED} and write
 * no audit row.
 */
@ConsumerType
public interface Collector {

    /** Path segment of the endpoint, lower case, e.g. {@code cameras}; unique across plugins. */
    String name();

    /** JSON Schema (draft 2020-12) of one record. */
    URL recordSchema();

    /** Fields that identify the thing a record describes, e.g. {@code ["macaddress"]}. */
    List<String> naturalKey();

    /**
     * Creates or updates what the record describes, through the core services (so that assets
     * and audit rows are written in the caller's transaction).
     *
     * @param actor  the API key (or user) that sent the record; attribute audit rows to it
     * @param record the record, already valid against {@link #recordSchema()}: JSON objects as
     *               maps, arrays as lists, numbers as {@code Long}/{@code Double}
     * @throws org.shopdb.api.error.ValidationException when the record is valid JSON but makes no
     *               sense (unknown status, ...); the batch is then rolled back
     */
    CollectorOutcome ingest(Actor actor, Map<String, Object> record);
}
