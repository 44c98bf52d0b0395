package org.shopdb.core.internal.auth;

import java.time.LocalDateTime;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

/** A token logged out before it expired; the row is useless, and purged, once the token has expired. */
@Entity
@Table(name = "revokedtokens")
public class RevokedTokenEntity {

    @Id
    @Column(name = "jti", length = RevokedTokens.MAX_TOKEN_ID_LENGTH)
    private String tokenId;

    @Column(name = "expiresat", nullable = false)
    private LocalDateTime expiresAt;

    @Column(name = "revokedat", nullable = false)
    private LocalDateTime revokedAt;

    protected RevokedTokenEntity() {
    }

    RevokedTokenEntity(String tokenId, LocalDateTime expiresAt, LocalDateTime revokedAt) {
        this.tokenId = tokenId;
        this.expiresAt = expiresAt;
        this.revokedAt = revokedAt;
    }
}
