package org.shopdb.core.internal.user;

import java.util.Map;

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
import org.shopdb.api.paging.Page;
import org.shopdb.api.paging.PageRequest;
import org.shopdb.api.tx.UnitOfWork;
import org.shopdb.core.internal.auth.PasswordHasher;
import org.shopdb.core.internal.auth.Role;
import org.shopdb.core.internal.auth.UserAccount;
import org.shopdb.core.internal.auth.UserStore;
import org.shopdb.core.internal.auth.Usernames;
import org.shopdb.core.internal.persistence.ConstraintViolations;

/**
 * Managing ShopDB's users, for the API and the console alike: input checked
 * ({@link UserRules}), the {@link AdminGuard} guard rails kept, and every change audited
 * (entity type {@value #ENTITY_TYPE}) in the same transaction as the change itself.
 */
@Component(service = UserAdministration.class)
public class UserAdministration {

    public static final String ENTITY_TYPE = "User";

    private final UserStore users;
    private final AuditService audit;
    private final UnitOfWork unitOfWork;

    @Activate
    public UserAdministration(@Reference UserStore users, @Reference AuditService audit, @Reference UnitOfWork unitOfWork) {
        this.users = users;
        this.audit = audit;
        this.unitOfWork = unitOfWork;
    }

    public Page<UserAccount> list(PageRequest page) {
        return users.page(page);
    }

    /** @throws NotFoundException for an unknown id */
    public UserAccount require(long userId) {
        return users.find(userId).orElseThrow(() -> new NotFoundException(ENTITY_TYPE, userId));
    }

    /**
     * @throws org.shopdb.api.error.ValidationException naming each bad field
     * @throws ConflictException when the name is taken
     */
    public UserAccount create(Actor actor, NewUser user) {
        Role role = UserRules.validate(user);
        String username = Usernames.normalize(user.username());
        char[] password = user.password().toCharArray();
        try {
            return unitOfWork.required(() -> {
                if (users.find(username).isPresent()) {
                    throw taken(username);
                }
                UserAccount created = users.create(username, password, role, user.active() == null || user.active());
                record(actor, AuditAction.CREATED, created, UserAuditChanges.created(created));
                return created;
            });
        } catch (PersistenceException e) {
            if (ConstraintViolations.isConstraintViolation(e)) {
                throw taken(username); // created by someone else between our check and our insert
            }
            throw e;
        } finally {
            PasswordHasher.wipe(password);
        }
    }

    /**
     * Sets role and active flag.
     *
     * @throws NotFoundException     for an unknown id
     * @throws LastAdminException    when it would leave no active admin
     * @throws SelfLockoutException  when {@code actor} would demote or deactivate themselves
     */
    public UserAccount update(Actor actor, long userId, UserChange change) {
        Role role = UserRules.validate(change);
        return unitOfWork.required(() -> {
            UserAccount before = require(userId);
            AdminGuard.Change removal = AdminGuard.removal(before, role, change.active());
            if (removal != null) {
                AdminGuard.check(removal, before, actor.name(), users.lockActiveAdmins());
            }
            UserAccount after = users.assign(userId, role, change.active()).orElseThrow(() -> new NotFoundException(ENTITY_TYPE, userId));
            record(actor, AuditAction.UPDATED, after, UserAuditChanges.between(before, after));
            return after;
        });
    }

    /** @throws NotFoundException for an unknown id */
    public void resetPassword(Actor actor, long userId, String password) {
        UserRules.validatePassword(password);
        char[] secret = password.toCharArray();
        try {
            unitOfWork.required(() -> {
                UserAccount user = require(userId);
                users.changePassword(userId, secret);
                record(actor, AuditAction.UPDATED, user, UserAuditChanges.PASSWORD_CHANGED);
                return null;
            });
        } finally {
            PasswordHasher.wipe(secret);
        }
    }

    /**
     * @throws NotFoundException     for an unknown id
     * @throws LastAdminException    when it would leave no active admin
     * @throws SelfLockoutException  when {@code actor} would delete themselves
     */
    public void delete(Actor actor, long userId) {
        unitOfWork.required(() -> {
            UserAccount user = require(userId);
            AdminGuard.Change removal = AdminGuard.deletion(user);
            if (removal != null) {
                AdminGuard.check(removal, user, actor.name(), users.lockActiveAdmins());
            }
            users.delete(userId);
            record(actor, AuditAction.DELETED, user, UserAuditChanges.deleted(user));
            return null;
        });
    }

    private void record(Actor actor, AuditAction action, UserAccount user, Map<String, FieldChange> changes) {
        audit.record(actor, action, ENTITY_TYPE, String.valueOf(user.userId()), user.username(), changes);
    }

    private static ConflictException taken(String username) {
        return new ConflictException("User name " + username + " is already taken");
    }
}
