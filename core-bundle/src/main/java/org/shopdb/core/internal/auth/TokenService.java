package org.shopdb.core.internal.auth;

import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.Optional;
import java.util.UUID;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.MACVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

/**
 * Issues and verifies ShopDB's tokens: JWTs signed with HS256 (nimbus-jose-jwt). A token
 * is accepted only when its header names HS256 (never {@code none} or another
 * algorithm), its signature matches, its issuer is ShopDB, it carries an id ({@code jti},
 * so that it can be revoked) and it has not expired, within the configured clock skew.
 * Whether it was revoked is for {@link RevokedTokens} to say.
 */
@Component(service = TokenService.class)
public class TokenService {

    static final String ISSUER = "shopdb";
    static final String ROLE_CLAIM = "role";

    private final MACSigner signer;
    private final MACVerifier verifier;
    private final Duration lifetime;
    private final Duration clockSkew;
    private final Clock clock;

    @Activate
    public TokenService(@Reference AuthConfiguration configuration) {
        this(configuration.settings(), Clock.systemUTC());
    }

    TokenService(AuthSettings settings, Clock clock) {
        try {
            this.signer = new MACSigner(settings.secret());
            this.verifier = new MACVerifier(settings.secret());
        } catch (JOSEException e) {
            throw new IllegalArgumentException(AuthSettings.ENV_JWT_SECRET + " cannot be used as an HS256 key: " + e.getMessage(), e);
        }
        this.lifetime = settings.tokenLifetime();
        this.clockSkew = settings.clockSkew();
        this.clock = clock;
    }

    public IssuedToken issue(String username, Role role) {
        Instant now = clock.instant();
        Instant expiresAt = now.plus(lifetime).truncatedTo(ChronoUnit.SECONDS);
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .issuer(ISSUER)
                .subject(username)
                .claim(ROLE_CLAIM, role.code())
                .issueTime(Date.from(now))
                .expirationTime(Date.from(expiresAt))
                .jwtID(UUID.randomUUID().toString())
                .build();
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS256).type(JOSEObjectType.JWT).build(), claims);
        try {
            jwt.sign(signer);
        } catch (JOSEException e) {
            throw new IllegalStateException("Cannot sign a token", e);
        }
        return new IssuedToken(jwt.serialize(), expiresAt);
    }

    /** The user a token speaks for; empty when it is malformed, unsigned, forged, foreign, without id or expired. */
    public Optional<AuthenticatedUser> verify(String token) {
        if (token == null || token.isBlank()) {
            return Optional.empty();
        }
        try {
            SignedJWT jwt = SignedJWT.parse(token.trim());
            if (!JWSAlgorithm.HS256.equals(jwt.getHeader().getAlgorithm()) || !jwt.verify(verifier)) {
                return Optional.empty();
            }
            return accept(jwt.getJWTClaimsSet());
        } catch (ParseException | JOSEException | IllegalStateException e) {
            return Optional.empty();
        }
    }

    private Optional<AuthenticatedUser> accept(JWTClaimsSet claims) throws ParseException {
        Instant now = clock.instant();
        Date expires = claims.getExpirationTime();
        Date issued = claims.getIssueTime();
        String tokenId = claims.getJWTID();
        if (!ISSUER.equals(claims.getIssuer()) || claims.getSubject() == null || expires == null || issued == null
                || tokenId == null || tokenId.isBlank() || tokenId.length() > RevokedTokens.MAX_TOKEN_ID_LENGTH) {
            return Optional.empty();
        }
        if (!now.isBefore(expires.toInstant().plus(clockSkew)) || issued.toInstant().minus(clockSkew).isAfter(now)) {
            return Optional.empty();
        }
        Date notBefore = claims.getNotBeforeTime();
        if (notBefore != null && notBefore.toInstant().minus(clockSkew).isAfter(now)) {
            return Optional.empty();
        }
        return Role.of(claims.getStringClaim(ROLE_CLAIM))
                .map(role -> new AuthenticatedUser(claims.getSubject(), role, expires.toInstant(), tokenId));
    }

    /** How long a token issued now stays valid: the cookie's Max-Age. */
    public Duration lifetime() {
        return lifetime;
    }
}
