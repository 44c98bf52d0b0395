package org.shopdb.core.internal.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Date;

import org.junit.jupiter.api.Test;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;

class TokenServiceTest {

    private static final String SECRET = "0123456789abcdef0123456789abcdef-test";
    private static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");

    private final TokenService tokens = service(SECRET, NOW);

    private static TokenService service(String secret, Instant now) {
        AuthSettings settings = new AuthSettings(secret.getBytes(StandardCharsets.UTF_8), false, Duration.ofMinutes(60),
                Duration.ofSeconds(30), false, 5, Duration.ofMinutes(5), CorsOrigins.NONE);
        return new TokenService(settings, Clock.fixed(now, ZoneOffset.UTC));
    }

    @Test
    void issuedTokenVerifiesWithUserRoleAndExpiry() {
        IssuedToken issued = tokens.issue("alice", Role.EDITOR);
        assertEquals(NOW.plus(Duration.ofMinutes(60)), issued.expiresAt());
        AuthenticatedUser user = tokens.verify(issued.token()).orElseThrow();
        assertEquals("alice", user.username());
        assertEquals(Role.EDITOR, user.role());
        assertEquals(issued.expiresAt(), user.tokenExpiresAt());
        assertTrue(user.tokenId().length() >= 32, "a random id to revoke it by: " + user.tokenId());
        assertNotEquals(user.tokenId(), tokens.verify(tokens.issue("alice", Role.EDITOR).token()).orElseThrow().tokenId());
    }

    @Test
    void tokenWithoutIdIsRejectedBecauseItCouldNotBeRevoked() throws Exception {
        assertTrue(tokens.verify(sign(new JWTClaimsSet.Builder().issuer("shopdb").subject("alice").claim("role", "admin"), null)).isEmpty());
        assertTrue(tokens.verify(sign(new JWTClaimsSet.Builder().issuer("shopdb").subject("alice").claim("role", "admin"),
                "x".repeat(RevokedTokens.MAX_TOKEN_ID_LENGTH + 1))).isEmpty(), "an id longer than the column");
    }

    @Test
    void tamperedSignatureIsRejected() {
        String token = tokens.issue("alice", Role.VIEWER).token();
        String[] parts = token.split("\\.");
        char last = parts[2].charAt(0);
        String forged = parts[0] + "." + parts[1] + "." + (last == 'A' ? 'B' : 'A') + parts[2].substring(1);
        assertTrue(tokens.verify(forged).isEmpty());
    }

    @Test
    void tamperedClaimsAreRejected() {
        String token = tokens.issue("alice", Role.VIEWER).token();
        String[] parts = token.split("\\.");
        String claims = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8).replace("viewer", "admin");
        String forged = parts[0] + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(claims.getBytes(StandardCharsets.UTF_8))
                + "." + parts[2];
        assertTrue(tokens.verify(forged).isEmpty());
    }

    @Test
    void expiredTokenIsRejectedOnceBeyondTheClockSkew() {
        String token = tokens.issue("alice", Role.ADMIN).token();
        assertTrue(service(SECRET, NOW.plus(Duration.ofMinutes(60)).plusSeconds(29)).verify(token).isPresent(), "within skew");
        assertTrue(service(SECRET, NOW.plus(Duration.ofMinutes(60)).plusSeconds(30)).verify(token).isEmpty(), "beyond skew");
    }

    @Test
    void tokenFromTheFutureIsRejected() {
        String token = service(SECRET, NOW.plus(Duration.ofMinutes(5))).issue("alice", Role.ADMIN).token();
        assertTrue(tokens.verify(token).isEmpty());
    }

    @Test
    void unsignedAlgNoneTokenIsRejected() {
        JWTClaimsSet claims = new JWTClaimsSet.Builder().issuer("shopdb").subject("mallory").claim("role", "admin")
                .issueTime(Date.from(NOW)).expirationTime(Date.from(NOW.plusSeconds(600))).build();
        String none = new PlainJWT(claims).serialize();
        assertTrue(tokens.verify(none).isEmpty());
        // Same, with the signature part of a real token appended
        String real = tokens.issue("alice", Role.VIEWER).token();
        assertTrue(tokens.verify(none + real.substring(real.lastIndexOf('.') + 1)).isEmpty());
    }

    @Test
    void tokenSignedWithAnotherSecretIsRejected() {
        String foreign = service("another-secret-of-at-least-32-bytes!!", NOW).issue("alice", Role.ADMIN).token();
        assertTrue(tokens.verify(foreign).isEmpty());
    }

    @Test
    void otherAlgorithmIsRejectedEvenWithTheRightKey() throws Exception {
        JWTClaimsSet claims = new JWTClaimsSet.Builder().issuer("shopdb").subject("alice").claim("role", "admin")
                .issueTime(Date.from(NOW)).expirationTime(Date.from(NOW.plusSeconds(600))).build();
        SignedJWT hs512 = new SignedJWT(new JWSHeader(JWSAlgorithm.HS512), claims);
        hs512.sign(new MACSigner((SECRET + SECRET).getBytes(StandardCharsets.UTF_8)));
        assertTrue(tokens.verify(hs512.serialize()).isEmpty());
    }

    @Test
    void foreignIssuerOrUnknownRoleOrMissingSubjectIsRejected() throws Exception {
        assertTrue(tokens.verify(sign(new JWTClaimsSet.Builder().issuer("other").subject("alice").claim("role", "admin"))).isEmpty());
        assertTrue(tokens.verify(sign(new JWTClaimsSet.Builder().issuer("shopdb").subject("alice").claim("role", "root"))).isEmpty());
        assertTrue(tokens.verify(sign(new JWTClaimsSet.Builder().issuer("shopdb").claim("role", "admin"))).isEmpty());
        assertTrue(tokens.verify(sign(new JWTClaimsSet.Builder().issuer("shopdb").subject("alice").claim("role", "admin"))).isPresent(),
                "control: the same token, well-formed, is accepted");
    }

    @Test
    void garbageIsRejected() {
        for (String bad : new String[] {null, "", " ", "abc", "a.b.c", "a.b", "....."}) {
            assertTrue(tokens.verify(bad).isEmpty(), String.valueOf(bad));
        }
    }

    private static String sign(JWTClaimsSet.Builder claims) throws Exception {
        return sign(claims, "token-id-1");
    }

    private static String sign(JWTClaimsSet.Builder claims, String tokenId) throws Exception {
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256),
                claims.issueTime(Date.from(NOW)).expirationTime(Date.from(NOW.plusSeconds(600))).jwtID(tokenId).build());
        jwt.sign(new MACSigner(SECRET.getBytes(StandardCharsets.UTF_8)));
        return jwt.serialize();
    }
}
