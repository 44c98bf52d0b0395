package org.shopdb.core.internal.auth;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import javax.persistence.EntityManagerFactory;
import javax.persistence.PersistenceException;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.shopdb.api.schema.SchemaReady;
import org.shopdb.api.tx.UnitOfWork;
import org.shopdb.core.internal.persistence.ConstraintViolations;
import org.shopdb.core.internal.persistence.CorePersistence;

/**
 * Tokens revoked by logout, in the {@code revokedtokens} table, so that every instance
 * sharing the database refuses them at once. Checking is one primary-key lookup. A row
 * is kept only while its token could still be accepted (expiry plus clock skew); each
 * revocation purges the rows past that.
 */
@Component(service = RevokedTokens.class)
public class RevokedTokens {

    /** Longest token id stored; ShopDB's are UUIDs (36 characters). */
    public static final int MAX_TOKEN_ID_LENGTH = 64;

    private final EntityManagerFactory entityManagers;
    private final UnitOfWork unitOfWork;
    private final Duration clockSkew;
    private final Clock clock;

    @Activate
    public RevokedTokens(@Reference(target = CorePersistence.UNIT) EntityManagerFactory entityManagers,
            @Reference UnitOfWork unitOfWork, @Reference(target = CorePersistence.SCHEMA_READY) SchemaReady schema,
            @Reference AuthConfiguration configuration) {
        this(entityManagers, unitOfWork, configuration.settings().clockSkew(), Clock.systemUTC());
    }

    RevokedTokens(EntityManagerFactory entityManagers, UnitOfWork unitOfWork, Duration clockSkew, Clock clock) {
        this.entityManagers = entityManagers;
        this.unitOfWork = unitOfWork;
        this.clockSkew = clockSkew;
        this.clock = clock;
    }

    /** Revokes the token with this id until it expires; revoking it again changes nothing. */
    public void revoke(String tokenId, Instant expiresAt) {
        Instant now = clock.instant();
        try {
            unitOfWork.required(() -> unitOfWork.withEntityManager(entityManagers, em -> {
                if (em.find(RevokedTokenEntity.class, tokenId) == null) {
                    em.persist(new RevokedTokenEntity(tokenId, CorePersistence.toColumn(expiresAt), CorePersistence.toColumn(now)));
                    em.flush();
                }
                return null;
            }));
        } catch (PersistenceException e) {
            // The same token logged out twice at once: the other request stored it.
            if (!ConstraintViolations.isConstraintViolation(e)) {
                throw e;
            }
        }
        purgeExpired();
    }

    public boolean isRevoked(String tokenId) {
        return unitOfWork.withEntityManager(entityManagers, em -> em.find(RevokedTokenEntity.class, tokenId) != null);
    }

    /** Deletes the rows of tokens that are expired anyway; returns how many. */
    public int purgeExpired() {
        Instant horizon = clock.instant().minus(clockSkew);
        return unitOfWork.withEntityManager(entityManagers, em -> em
                .createQuery("delete from RevokedTokenEntity r where r.expiresAt < :horizon")
                .setParameter("horizon", CorePersistence.toColumn(horizon))
                .executeUpdate());
    }
}
