package org.shopdb.core.internal.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.SecureRandom;
import java.util.Base64;

import org.junit.jupiter.api.Test;

class PasswordHasherTest {

    /** Few iterations keep the tests fast; one test proves the production default. */
    private final PasswordHasher hasher = new PasswordHasher(1_000, new SecureRandom());

    @Test
    void productionHashesUseAtLeastOwaspIterationsAndDescribeThemselves() {
        String hash = new PasswordHasher().hash("s3cret".toCharArray());
        String[] parts = hash.split("\\$");
        assertEquals(4, parts.length, hash);
        assertEquals("pbkdf2-sha256", parts[0]);
        assertTrue(Integer.parseInt(parts[1]) >= 600_000, hash);
        assertEquals(16, Base64.getDecoder().decode(parts[2]).length, "16-byte salt");
        assertEquals(32, Base64.getDecoder().decode(parts[3]).length, "256-bit hash");
    }

    @Test
    void rightPasswordVerifies() {
        assertTrue(hasher.verify("s3cret".toCharArray(), hasher.hash("s3cret".toCharArray())));
    }

    @Test
    void wrongPasswordDoesNotVerify() {
        String hash = hasher.hash("s3cret".toCharArray());
        assertFalse(hasher.verify("s3cret ".toCharArray(), hash));
        assertFalse(hasher.verify("S3cret".toCharArray(), hash));
        assertFalse(hasher.verify(new char[0], hash));
    }

    @Test
    void samePasswordGetsDifferentSalts() {
        assertNotEquals(hasher.hash("same".toCharArray()), hasher.hash("same".toCharArray()));
    }

    @Test
    void storedIterationsAreHonouredSoRaisingTheCountKeepsOldHashesValid() {
        String old = new PasswordHasher(500, new SecureRandom()).hash("pw".toCharArray());
        assertTrue(hasher.verify("pw".toCharArray(), old));
        assertTrue(hasher.needsRehash(old));
        assertFalse(hasher.needsRehash(hasher.hash("pw".toCharArray())));
    }

    @Test
    void malformedOrForeignHashesNeverVerify() {
        for (String bad : new String[] {null, "", "plain", "bcrypt$10$abc$def", "pbkdf2-sha256$x$AAAA$AAAA",
                "pbkdf2-sha256$1000$!!!$AAAA", "pbkdf2-sha256$0$AAAA$AAAA", "pbkdf2-sha256$1000$$"}) {
            assertFalse(hasher.verify("pw".toCharArray(), bad), String.valueOf(bad));
        }
    }

    @Test
    void decoyNeverVerifies() {
        assertFalse(hasher.verifyDecoy("decoy-password".toCharArray()));
    }

    @Test
    void wipeClearsThePassword() {
        char[] password = "secret".toCharArray();
        PasswordHasher.wipe(password);
        assertEquals("\0\0\0\0\0\0", new String(password));
    }
}
