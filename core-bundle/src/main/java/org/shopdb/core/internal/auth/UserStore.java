package org.shopdb.core.internal.auth;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import javax.persistence.EntityManager;
import javax.persistence.EntityManagerFactory;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.shopdb.api.schema.SchemaReady;
import org.shopdb.api.tx.UnitOfWork;
import org.shopdb.core.internal.persistence.CorePersistence;

/** Users in the {@code users} table: checking credentials, looking up and creating accounts. */
@Component(service = UserStore.class)
public class UserStore {

    private final EntityManagerFactory entityManagers;
    private final UnitOfWork unitOfWork;
    private final PasswordHasher hasher;
    private final Clock clock = Clock.systemUTC();

    @Activate
    public UserStore(@Reference(target = CorePersistence.UNIT) EntityManagerFactory entityManagers,
            @Reference UnitOfWork unitOfWork, @Reference(target = CorePersistence.SCHEMA_READY) SchemaReady schema) {
        this(entityManagers, unitOfWork, new PasswordHasher());
    }

    UserStore(EntityManagerFactory entityManagers, UnitOfWork unitOfWork, PasswordHasher hasher) {
        this.entityManagers = entityManagers;
        this.unitOfWork = unitOfWork;
        this.hasher = hasher;
    }

    /**
     * The active user with this name and password, recording the login; empty otherwise.
     * Takes as long for an unknown user as for a wrong password. The slow hash runs while
     * no database connection is held.
     */
    public Optional<UserAccount> authenticate(String username, char[] password) {
        Optional<Credentials> stored = unitOfWork.withEntityManager(entityManagers,
                em -> byName(em, username).map(user -> new Credentials(user.passwordHash(), user.isActive())));
        if (stored.isEmpty()) {
            hasher.verifyDecoy(password);
            return Optional.empty();
        }
        if (!hasher.verify(password, stored.get().passwordHash()) || !stored.get().active()) {
            return Optional.empty();
        }
        String rehash = hasher.needsRehash(stored.get().passwordHash()) ? hasher.hash(password) : null;
        return unitOfWork.withEntityManager(entityManagers, em -> byName(em, username).flatMap(user -> {
            if (rehash != null) {
                user.changePasswordHash(rehash, CorePersistence.toColumn(clock.instant()));
            }
            user.loggedIn(CorePersistence.toColumn(clock.instant()));
            return user.toAccount();
        }));
    }

    private record Credentials(String passwordHash, boolean active) {
    }

    /** The active user with this name: a token's subject is checked again on refresh. */
    public Optional<UserAccount> findActive(String username) {
        return unitOfWork.withEntityManager(entityManagers,
                em -> byName(em, username).filter(UserEntity::isActive).flatMap(UserEntity::toAccount));
    }

    public long count() {
        return unitOfWork.withEntityManager(entityManagers,
                em -> em.createQuery("select count(u) from UserEntity u", Long.class).getSingleResult());
    }

    /** Creates a user; the caller makes sure the name is free. */
    public UserAccount create(String username, char[] password, Role role) {
        String hash = hasher.hash(password);
        return unitOfWork.withEntityManager(entityManagers, em -> {
            UserEntity user = new UserEntity(Usernames.normalize(username), hash, role, CorePersistence.toColumn(clock.instant()));
            em.persist(user);
            em.flush();
            return user.toAccount().orElseThrow();
        });
    }

    /** Every user, active or not, ordered by name. */
    public List<UserAccount> list() {
        return unitOfWork.withEntityManager(entityManagers, em -> em
                .createQuery("select u from UserEntity u order by u.username", UserEntity.class).getResultList()
                .stream().map(UserEntity::toAccount).flatMap(Optional::stream).toList());
    }

    public Optional<UserAccount> find(String username) {
        return unitOfWork.withEntityManager(entityManagers, em -> byName(em, username).flatMap(UserEntity::toAccount));
    }

    /** @return whether the user exists (and so got the new password) */
    public boolean changePassword(String username, char[] password) {
        String hash = hasher.hash(password);
        return unitOfWork.withEntityManager(entityManagers, em -> byName(em, username).map(user -> {
            user.changePasswordHash(hash, CorePersistence.toColumn(clock.instant()));
            em.flush();
            return true;
        }).orElse(false));
    }

    private static Optional<UserEntity> byName(EntityManager em, String username) {
        List<UserEntity> found = em.createQuery("select u from UserEntity u where u.username = :username", UserEntity.class)
                .setParameter("username", Usernames.normalize(username)).getResultList();
        return found.stream().findFirst();
    }
}
