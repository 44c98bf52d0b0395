package org.shopdb.core.internal.auth;

import java.time.LocalDateTime;
import java.util.Optional;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;

import org.shopdb.core.internal.persistence.CorePersistence;

@Entity
@Table(name = "users")
public class UserEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "userid")
    private Long id;

    @Column(name = "username", nullable = false, length = 100)
    private String username;

    @Column(name = "passwordhash", nullable = false, length = 255)
    private String passwordHash;

    @Column(name = "role", nullable = false, length = 20)
    private String role;

    @Column(name = "isactive", nullable = false)
    private boolean active = true;

    @Column(name = "createddate", nullable = false)
    private LocalDateTime createdDate;

    @Column(name = "modifieddate", nullable = false)
    private LocalDateTime modifiedDate;

    @Column(name = "lastlogindate")
    private LocalDateTime lastLoginDate;

    protected UserEntity() {
    }

    UserEntity(String username, String passwordHash, Role role, boolean active, LocalDateTime now) {
        this.username = username;
        this.passwordHash = passwordHash;
        this.role = role.code();
        this.active = active;
        this.createdDate = now;
        this.modifiedDate = now;
    }

    Long id() {
        return id;
    }

    String passwordHash() {
        return passwordHash;
    }

    boolean isActive() {
        return active;
    }

    void loggedIn(LocalDateTime now) {
        lastLoginDate = now;
    }

    void changePasswordHash(String hash, LocalDateTime now) {
        passwordHash = hash;
        modifiedDate = now;
    }

    /** Gives the user a role and an active flag, touching the modification time only when either changes. */
    void assign(Role newRole, boolean newActive, LocalDateTime now) {
        if (!newRole.code().equals(role) || newActive != active) {
            role = newRole.code();
            active = newActive;
            modifiedDate = now;
        }
    }

    /** The account, or empty when its role is not one ShopDB knows (then it cannot log in). */
    Optional<UserAccount> toAccount() {
        return Role.of(role).map(known -> new UserAccount(id, username, known, active, CorePersistence.fromColumn(createdDate),
                CorePersistence.fromColumn(modifiedDate), CorePersistence.fromColumn(lastLoginDate)));
    }
}
