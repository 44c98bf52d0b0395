package org.shopdb.core.internal.apikey;

import java.time.LocalDateTime;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;

import org.shopdb.core.internal.persistence.CorePersistence;

@Entity
@Table(name = "apikeys")
public class ApiKeyEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "apikeyid")
    private Long id;

    @Column(name = "name", nullable = false, length = 100)
    private String name;

    @Column(name = "keyprefix", nullable = false, length = 20)
    private String keyPrefix;

    @Column(name = "keyhash", nullable = false, length = 64)
    private String keyHash;

    @Column(name = "collectors", length = 1000)
    private String collectors;

    @Column(name = "createdby", nullable = false, length = 100)
    private String createdBy;

    @Column(name = "createddate", nullable = false)
    private LocalDateTime createdDate;

    @Column(name = "lastuseddate")
    private LocalDateTime lastUsedDate;

    @Column(name = "revokeddate")
    private LocalDateTime revokedDate;

    protected ApiKeyEntity() {
    }

    ApiKeyEntity(String name, String keyPrefix, String keyHash, ApiKeyScope scope, String createdBy, LocalDateTime now) {
        this.name = name;
        this.keyPrefix = keyPrefix;
        this.keyHash = keyHash;
        this.collectors = scope.toColumn();
        this.createdBy = createdBy;
        this.createdDate = now;
    }

    String keyHash() {
        return keyHash;
    }

    boolean isRevoked() {
        return revokedDate != null;
    }

    void revoke(LocalDateTime now) {
        revokedDate = now;
    }

    void used(LocalDateTime now) {
        lastUsedDate = now;
    }

    ApiKey toDto() {
        return new ApiKey(id, name, keyPrefix, ApiKeyScope.fromColumn(collectors), createdBy, CorePersistence.fromColumn(createdDate),
                CorePersistence.fromColumn(lastUsedDate), CorePersistence.fromColumn(revokedDate));
    }
}
