package org.shopdb.api.collector;

import java.util.List;
import java.util.Map;

import org.osgi.annotation.versioning.ProviderType;
import org.shopdb.api.audit.Actor;
import org.shopdb.api.plugin.CollectorOutcome;

/**
 * Hands records to a collector from code, as {@code POST /api/collector/{name}} does in its
 * default all-or-nothing mode: every record validated against the collector's record schema,
 * no natural key twice, then each record ingested by the plugin. The work joins the caller's
 * {@link org.shopdb.api.tx.UnitOfWork} transaction when one is active (else it runs in one of
 * its own), so several calls commit or roll back together.
 *
 * <p>API-key scopes are not checked here: the calling bundle decides who may feed what.
 */
@ProviderType
public interface CollectorService {

    /**
     * @param actor     whom the audit trail names for what the records change
     * @param collector the collector's name, e.g. {@code computers}
     * @param records   the records, as JSON objects read into maps: nested objects as maps, arrays
     *                  as lists, numbers as {@code Long}/{@code Double} (or any {@code Number})
     * @return one outcome per record, in the order given
     * @throws org.shopdb.api.error.NotFoundException      when no collector has that name
     * @throws CollectorUnavailableException                when the collector cannot take records now
     * @throws org.shopdb.api.error.ValidationException    when a record breaks the schema, repeats a natural
     *                                                      key or is refused by the plugin; fields are named
     *                                                      {@code records[i].field}; nothing is written
     * @throws org.shopdb.api.error.ConflictException      when the database refuses a record because of a
     *                                                      concurrent change (a unique value taken meanwhile):
     *                                                      the transaction must be rolled back; trying again may succeed
     */
    List<CollectorOutcome> ingest(Actor actor, String collector, List<Map<String, Object>> records);

    /** Whether a collector of that name is registered and can take records. */
    boolean available(String collector);
}
