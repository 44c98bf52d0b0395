package org.shopdb.core.internal.apikey;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import javax.persistence.EntityManager;
import javax.persistence.EntityManagerFactory;
import javax.persistence.PersistenceException;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.shopdb.api.audit.Actor;
import org.shopdb.api.audit.AuditAction;
import org.shopdb.api.audit.AuditService;
import org.shopdb.api.audit.FieldChange;
import org.shopdb.api.error.ConflictException;
import org.shopdb.api.error.NotFoundException;
import org.shopdb.api.error.ValidationException;
import org.shopdb.api.schema.SchemaReady;
import org.shopdb.api.tx.UnitOfWork;
import org.shopdb.core.internal.persistence.ConstraintViolations;
import org.shopdb.core.internal.persistence.CorePersistence;

/**
 * API keys in the {@code apikeys} table: issuing (audited, the secret returned once),
 * listing, revoking (audited) and recognising presented keys.
 */
@Component(service = ApiKeyStore.class)
public class ApiKeyStore {

    static final String ENTITY_TYPE = "ApiKey";
    static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,99}");
    /** Last use is recorded to the minute: a busy collector must not write the key's row on every request. */
    static final Duration LAST_USED_RESOLUTION = Duration.ofMinutes(1);

    private final EntityManagerFactory entityManagers;
    private final UnitOfWork unitOfWork;
    private final AuditService audit;
    private final ApiKeySecrets secrets;
    private final Clock clock;

    @Activate
    public ApiKeyStore(@Reference(target = CorePersistence.UNIT) EntityManagerFactory entityManagers,
            @Reference UnitOfWork unitOfWork, @Reference AuditService audit,
            @Reference(target = CorePersistence.SCHEMA_READY) SchemaReady schema) {
        this(entityManagers, unitOfWork, audit, new ApiKeySecrets(), Clock.systemUTC());
    }

    ApiKeyStore(EntityManagerFactory entityManagers, UnitOfWork unitOfWork, AuditService audit, ApiKeySecrets secrets, Clock clock) {
        this.entityManagers = entityManagers;
        this.unitOfWork = unitOfWork;
        this.audit = audit;
        this.secrets = secrets;
        this.clock = clock;
    }

    /**
     * @throws ValidationException for a malformed name
     * @throws ConflictException   when a key (active or revoked) already has the name
     */
    public IssuedApiKey create(Actor actor, String name, ApiKeyScope scope) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw ValidationException.of("name", "is required: 1-100 letters, digits, '.', '_' or '-', starting with a letter or digit");
        }
        String secret = secrets.generate();
        try {
            return unitOfWork.required(() -> {
                ApiKey created = unitOfWork.withEntityManager(entityManagers, em -> {
                    if (byName(em, name).isPresent()) {
                        throw nameTaken(name);
                    }
                    ApiKeyEntity entity = new ApiKeyEntity(name, ApiKeySecrets.prefixOf(secret), ApiKeySecrets.hash(secret), scope,
                            actor.name(), CorePersistence.toColumn(clock.instant()));
                    em.persist(entity);
                    em.flush();
                    return entity.toDto();
                });
                Map<String, FieldChange> changes = new LinkedHashMap<>();
                changes.put("name", new FieldChange(null, created.name()));
                changes.put("prefix", new FieldChange(null, created.prefix()));
                changes.put("collectors", new FieldChange(null, created.scope().toString()));
                audit.record(actor, AuditAction.CREATED, ENTITY_TYPE, String.valueOf(created.apiKeyId()), created.name(), changes);
                return new IssuedApiKey(created, secret);
            });
        } catch (PersistenceException e) {
            if (ConstraintViolations.isConstraintViolation(e)) {
                throw nameTaken(name);
            }
            throw e;
        }
    }

    private static ConflictException nameTaken(String name) {
        return new ConflictException("An API key named " + name + " exists already; names are not reused, "
                + "also after revocation, so that the audit trail stays unambiguous");
    }

    /** Every key, active or revoked, oldest first. */
    public List<ApiKey> list() {
        return unitOfWork.withEntityManager(entityManagers, em -> em
                .createQuery("select k from ApiKeyEntity k order by k.id", ApiKeyEntity.class).getResultList()
                .stream().map(ApiKeyEntity::toDto).toList());
    }

    public Optional<ApiKey> find(long apiKeyId) {
        return unitOfWork.withEntityManager(entityManagers,
                em -> Optional.ofNullable(em.find(ApiKeyEntity.class, apiKeyId)).map(ApiKeyEntity::toDto));
    }

    public Optional<ApiKey> findByName(String name) {
        return unitOfWork.withEntityManager(entityManagers, em -> byName(em, name).map(ApiKeyEntity::toDto));
    }

    /**
     * Revokes the key at once: the next request with it is refused. Revoking a revoked key
     * changes nothing and records nothing.
     *
     * @throws NotFoundException for an unknown id
     */
    public ApiKey revoke(Actor actor, long apiKeyId) {
        return unitOfWork.required(() -> {
            ApiKey[] beforeAndAfter = unitOfWork.withEntityManager(entityManagers, em -> {
                ApiKeyEntity entity = em.find(ApiKeyEntity.class, apiKeyId);
                if (entity == null) {
                    throw new NotFoundException("API key", apiKeyId);
                }
                ApiKey before = entity.toDto();
                if (!entity.isRevoked()) {
                    entity.revoke(CorePersistence.toColumn(clock.instant()));
                    em.flush();
                }
                return new ApiKey[] {before, entity.toDto()};
            });
            ApiKey after = beforeAndAfter[1];
            if (beforeAndAfter[0].active()) {
                audit.record(actor, AuditAction.UPDATED, ENTITY_TYPE, String.valueOf(apiKeyId), after.name(),
                        Map.of("revokeddate", new FieldChange(null, after.revokedDate().toString())));
            }
            return after;
        });
    }

    /** The key (active or revoked) whose secret was presented; empty for anything else. */
    public Optional<ApiKey> recognise(String presented) {
        if (!ApiKeySecrets.isWellFormed(presented)) {
            return Optional.empty();
        }
        return unitOfWork.withEntityManager(entityManagers, em -> em
                .createQuery("select k from ApiKeyEntity k where k.keyPrefix = :prefix", ApiKeyEntity.class)
                .setParameter("prefix", ApiKeySecrets.prefixOf(presented)).getResultList().stream()
                .filter(candidate -> ApiKeySecrets.matches(presented, candidate.keyHash()))
                .findFirst().map(ApiKeyEntity::toDto));
    }

    /** Notes that the key was just used, unless that was already noted within the last minute. */
    public void recordUse(ApiKey key) {
        Instant now = clock.instant();
        if (key.lastUsedDate() != null && key.lastUsedDate().plus(LAST_USED_RESOLUTION).isAfter(now)) {
            return;
        }
        unitOfWork.withEntityManager(entityManagers, em -> {
            ApiKeyEntity entity = em.find(ApiKeyEntity.class, key.apiKeyId());
            if (entity != null) {
                entity.used(CorePersistence.toColumn(now));
            }
            return null;
        });
    }

    private static Optional<ApiKeyEntity> byName(EntityManager em, String name) {
        return em.createQuery("select k from ApiKeyEntity k where k.name = :name", ApiKeyEntity.class)
                .setParameter("name", name).getResultList().stream().findFirst();
    }
}
