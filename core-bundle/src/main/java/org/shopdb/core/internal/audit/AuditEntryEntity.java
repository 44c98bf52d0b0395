package org.shopdb.core.internal.audit;

import java.time.LocalDateTime;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;

@Entity
@Table(name = "auditlog")
public class AuditEntryEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "auditid")
    Long id;

    @Column(name = "occurredat", nullable = false)
    LocalDateTime occurredAt;

    @Column(name = "actor", nullable = false, length = 100)
    String actor;

    @Column(name = "actortype", nullable = false, length = 20)
    String actorType;

    @Column(name = "action", nullable = false, length = 20)
    String action;

    @Column(name = "entitytype", nullable = false, length = 50)
    String entityType;

    @Column(name = "entityid", nullable = false, length = 50)
    String entityId;

    @Column(name = "entityname", length = 255)
    String entityName;

    @Column(name = "changes")
    String changes;

    protected AuditEntryEntity() {
    }

    AuditEntryEntity(LocalDateTime occurredAt, String actor, String actorType, String action,
            String entityType, String entityId, String entityName, String changes) {
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.actorType = actorType;
        this.action = action;
        this.entityType = entityType;
        this.entityId = entityId;
        this.entityName = entityName;
        this.changes = changes;
    }
}
