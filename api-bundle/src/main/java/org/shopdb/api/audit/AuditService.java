package org.shopdb.api.audit;

import java.util.List;
import java.util.Map;

import org.osgi.annotation.versioning.ProviderType;
import org.shopdb.api.paging.Page;

/** Records and reads the audit trail. */
@ProviderType
public interface AuditService {

    /**
     * Records a change. Called inside the {@link org.shopdb.api.tx.UnitOfWork} of the write
     * it describes, it commits or rolls back with it.
     *
     * @param changes field name → old and new value (may be empty, never {@code null})
     */
    AuditEntry record(Actor actor, AuditAction action, String entityType, String entityId, String entityName,
            Map<String, FieldChange> changes);

    /** The entries of one entity, newest first. */
    List<AuditEntry> forEntity(String entityType, String entityId);

    /** Entries matching every given filter, newest first. */
    Page<AuditEntry> list(AuditQuery query);
}
