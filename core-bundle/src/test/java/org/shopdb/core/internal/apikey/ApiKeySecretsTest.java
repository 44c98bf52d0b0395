package org.shopdb.core.internal.apikey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

class ApiKeySecretsTest {

    private final ApiKeySecrets secrets = new ApiKeySecrets();

    @Test
    void keysCarryTheMarkerAnd256RandomBits() {
        String key = secrets.generate();
        assertTrue(key.startsWith("shopdb_"), key);
        assertEquals(50, key.length(), key);
        assertTrue(ApiKeySecrets.isWellFormed(key));
        Set<String> keys = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            keys.add(secrets.generate());
        }
        assertEquals(1000, keys.size(), "no repeats");
    }

    @Test
    void prefixIsTheMarkerAndEightCharacters() {
        String key = secrets.generate();
        assertEquals(15, ApiKeySecrets.prefixOf(key).length());
        assertTrue(key.startsWith(ApiKeySecrets.prefixOf(key)));
    }

    @Test
    void hashIsHexSha256AndVerifiesOnlyItsKey() {
        String key = secrets.generate();
        String hash = ApiKeySecrets.hash(key);
        assertTrue(hash.matches("[0-9a-f]{64}"), hash);
        assertNotEquals(key, hash);
        assertTrue(ApiKeySecrets.matches(key, hash));
        String other = secrets.generate();
        assertFalse(ApiKeySecrets.matches(other, hash));
        String oneCharOff = key.substring(0, key.length() - 1) + (key.endsWith("A") ? "B" : "A");
        assertFalse(ApiKeySecrets.matches(oneCharOff, hash));
        assertFalse(ApiKeySecrets.matches(key, "not-hex"));
    }

    @Test
    void knownVector() {
        // printf shopdb_test | sha256sum
        assertEquals("fb242c7f2800ba7915a1f4406f19e5b72aee94c150c568195983d6d783eaed1b", ApiKeySecrets.hash("shopdb_test"));
    }

    @Test
    void malformedKeysAreRecognisedWithoutALookup() {
        String key = secrets.generate();
        assertFalse(ApiKeySecrets.isWellFormed(null));
        assertFalse(ApiKeySecrets.isWellFormed(""));
        assertFalse(ApiKeySecrets.isWellFormed(key.substring(1)));
        assertFalse(ApiKeySecrets.isWellFormed(key + "x"));
        assertFalse(ApiKeySecrets.isWellFormed("token_" + key.substring(6)));
        assertFalse(ApiKeySecrets.isWellFormed(key.substring(0, 20) + "%" + key.substring(21)));
    }
}
