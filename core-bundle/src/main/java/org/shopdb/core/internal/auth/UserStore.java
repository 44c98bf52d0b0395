package org.shopdb.core.internal.auth;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

import javax.persistence.EntityManager;
import javax.persistence.EntityManagerFactory;
import javax.persistence.LockModeType;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.shopdb.api.error.FieldError;
import org.shopdb.api.error.InvalidRequestException;
import org.shopdb.api.paging.Page;
import org.shopdb.api.paging.PageRequest;
import org.shopdb.api.schema.SchemaReady;
import org.shopdb.api.tx.UnitOfWork;
import org.shopdb.core.internal.persistence.CorePersistence;

/**
 * Users in the {@code users} table: checking credentials, looking up, creating and
 * changing accounts. Rules about who may change what are the caller's; every method
 * joins the caller's {@link UnitOfWork}.
 */
@Component(service = UserStore.class)
public class UserStore {

    /** API sort field → entity attribute. */
    public static final Map<String, String> SORTABLE = Map.of("username", "username", "userid", "id", "role", "role",
            "createddate", "createdDate", "lastlogindate", "lastLoginDate");

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

    /** Creates an active user; the caller makes sure the name is free. */
    public UserAccount create(String username, char[] password, Role role) {
        return create(username, password, role, true);
    }

    /** Creates a user; the caller makes sure the name is free and valid (see {@link Usernames}). */
    public UserAccount create(String username, char[] password, Role role, boolean active) {
        String hash = hasher.hash(password);
        return unitOfWork.withEntityManager(entityManagers, em -> {
            UserEntity user = new UserEntity(Usernames.normalize(username), hash, role, active,
                    CorePersistence.toColumn(clock.instant()));
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

    /**
     * One page of users, by name unless {@code page.sort()} names one of {@link #SORTABLE}.
     *
     * @throws InvalidRequestException for another sort field
     */
    public Page<UserAccount> page(PageRequest page) {
        String field = page.sortField() == null ? "username" : page.sortField();
        String attribute = SORTABLE.get(field);
        if (attribute == null) {
            throw new InvalidRequestException(List.of(new FieldError("sort",
                    "cannot sort by '" + field + "'; sortable: " + String.join(", ", new TreeSet<>(SORTABLE.keySet())))));
        }
        String order = " order by u." + attribute + (page.descending() ? " desc" : "") + ", u.id";
        return unitOfWork.withEntityManager(entityManagers, em -> {
            List<UserAccount> users = em.createQuery("select u from UserEntity u" + order, UserEntity.class)
                    .setFirstResult(page.offset()).setMaxResults(page.perPage()).getResultList()
                    .stream().map(UserEntity::toAccount).flatMap(Optional::stream).toList();
            long total = em.createQuery("select count(u) from UserEntity u", Long.class).getSingleResult();
            return new Page<>(users, page.page(), page.perPage(), total);
        });
    }

    public Optional<UserAccount> find(String username) {
        return unitOfWork.withEntityManager(entityManagers, em -> byName(em, username).flatMap(UserEntity::toAccount));
    }

    public Optional<UserAccount> find(long userId) {
        return unitOfWork.withEntityManager(entityManagers,
                em -> Optional.ofNullable(em.find(UserEntity.class, userId)).flatMap(UserEntity::toAccount));
    }

    /** @return whether the user exists (and so got the new password) */
    public boolean changePassword(String username, char[] password) {
        return find(username).map(user -> changePassword(user.userId(), password)).orElse(false);
    }

    /** @return whether the user exists (and so got the new password) */
    public boolean changePassword(long userId, char[] password) {
        String hash = hasher.hash(password);
        return unitOfWork.withEntityManager(entityManagers, em -> Optional.ofNullable(em.find(UserEntity.class, userId)).map(user -> {
            user.changePasswordHash(hash, CorePersistence.toColumn(clock.instant()));
            em.flush();
            return true;
        }).orElse(false));
    }

    /** Sets role and active flag; empty when there is no such user. */
    public Optional<UserAccount> assign(long userId, Role role, boolean active) {
        return unitOfWork.withEntityManager(entityManagers, em -> Optional.ofNullable(em.find(UserEntity.class, userId)).flatMap(user -> {
            user.assign(role, active, CorePersistence.toColumn(clock.instant()));
            em.flush();
            return user.toAccount();
        }));
    }

    /** @return whether the user existed */
    public boolean delete(long userId) {
        return unitOfWork.withEntityManager(entityManagers, em -> {
            UserEntity user = em.find(UserEntity.class, userId);
            if (user == null) {
                return false;
            }
            em.remove(user);
            em.flush();
            return true;
        });
    }

    /**
     * The number of active admins, with their rows locked until the caller's transaction
     * ends: two admins demoting each other at the same moment cannot both see the other
     * as the one who remains.
     */
    public long lockActiveAdmins() {
        return unitOfWork.withEntityManager(entityManagers, em -> (long) em
                .createQuery("select u from UserEntity u where u.role = :role and u.active = true", UserEntity.class)
                .setParameter("role", Role.ADMIN.code())
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList().size());
    }

    private static Optional<UserEntity> byName(EntityManager em, String username) {
        List<UserEntity> found = em.createQuery("select u from UserEntity u where u.username = :username", UserEntity.class)
                .setParameter("username", Usernames.normalize(username)).getResultList();
        return found.stream().findFirst();
    }
}
