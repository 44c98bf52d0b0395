package org.shopdb.core.internal.audit;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

import javax.persistence.EntityManagerFactory;
import javax.persistence.TypedQuery;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.shopdb.api.audit.Actor;
import org.shopdb.api.audit.AuditAction;
import org.shopdb.api.audit.AuditEntry;
import org.shopdb.api.audit.AuditQuery;
import org.shopdb.api.audit.AuditService;
import org.shopdb.api.audit.FieldChange;
import org.shopdb.api.paging.Page;
import org.shopdb.api.paging.PageRequest;
import org.shopdb.api.schema.SchemaReady;
import org.shopdb.api.tx.UnitOfWork;
import org.shopdb.core.internal.persistence.CorePersistence;

/** The audit trail in the {@code auditlog} table. */
@Component(service = AuditService.class)
public class JpaAuditService implements AuditService {

    private final EntityManagerFactory entityManagers;
    private final UnitOfWork unitOfWork;
    private final Clock clock = Clock.systemUTC();

    @Activate
    public JpaAuditService(@Reference(target = CorePersistence.UNIT) EntityManagerFactory entityManagers,
            @Reference UnitOfWork unitOfWork,
            @Reference(target = CorePersistence.SCHEMA_READY) SchemaReady schema) {
        this.entityManagers = entityManagers;
        this.unitOfWork = unitOfWork;
    }

    @Override
    public AuditEntry record(Actor actor, AuditAction action, String entityType, String entityId, String entityName,
            Map<String, FieldChange> changes) {
        Instant now = clock.instant();
        AuditEntryEntity entity = new AuditEntryEntity(CorePersistence.toColumn(now), actor.name(), actor.kind().name(),
                action.name(), entityType, entityId, entityName, ChangesCodec.encode(changes));
        return unitOfWork.withEntityManager(entityManagers, em -> {
            em.persist(entity);
            em.flush();
            return toDto(entity);
        });
    }

    @Override
    public List<AuditEntry> forEntity(String entityType, String entityId) {
        return unitOfWork.withEntityManager(entityManagers, em -> em
                .createQuery("select a from AuditEntryEntity a where a.entityType = :type and a.entityId = :id order by a.id desc",
                        AuditEntryEntity.class)
                .setParameter("type", entityType)
                .setParameter("id", entityId)
                .getResultList().stream().map(JpaAuditService::toDto).toList());
    }

    @Override
    public Page<AuditEntry> list(AuditQuery query) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        StringJoiner where = new StringJoiner(" and ", " where ", "").setEmptyValue("");
        condition(where, parameters, "a.entityType = :entityType", "entityType", query.entityType());
        condition(where, parameters, "a.entityId = :entityId", "entityId", query.entityId());
        condition(where, parameters, "a.actor = :actor", "actor", query.actor());
        condition(where, parameters, "a.action = :action", "action", query.action() == null ? null : query.action().name());
        condition(where, parameters, "a.occurredAt >= :from", "from", query.from() == null ? null : CorePersistence.toColumn(query.from()));
        condition(where, parameters, "a.occurredAt < :to", "to", query.to() == null ? null : CorePersistence.toColumn(query.to()));
        PageRequest page = query.page();
        return unitOfWork.withEntityManager(entityManagers, em -> {
            TypedQuery<Long> count = em.createQuery("select count(a) from AuditEntryEntity a" + where, Long.class);
            TypedQuery<AuditEntryEntity> items = em.createQuery("select a from AuditEntryEntity a" + where + " order by a.id desc",
                    AuditEntryEntity.class);
            parameters.forEach((name, value) -> {
                count.setParameter(name, value);
                items.setParameter(name, value);
            });
            List<AuditEntry> entries = items.setFirstResult(page.offset()).setMaxResults(page.perPage()).getResultList()
                    .stream().map(JpaAuditService::toDto).toList();
            return new Page<>(entries, page.page(), page.perPage(), count.getSingleResult());
        });
    }

    private static void condition(StringJoiner where, Map<String, Object> parameters, String clause, String name, Object value) {
        if (value != null) {
            where.add(clause);
            parameters.put(name, value);
        }
    }

    private static AuditEntry toDto(AuditEntryEntity entity) {
        return new AuditEntry(entity.id, CorePersistence.fromColumn(entity.occurredAt),
                new Actor(entity.actor, Actor.Kind.valueOf(entity.actorType)), AuditAction.valueOf(entity.action),
                entity.entityType, entity.entityId, entity.entityName, ChangesCodec.decode(entity.changes));
    }
}
