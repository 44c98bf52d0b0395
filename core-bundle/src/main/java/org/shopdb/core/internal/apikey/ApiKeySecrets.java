package org.shopdb.core.internal.apikey;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Making API keys and checking presented ones. A key is {@value #MARKER} followed by 256
 * random bits in URL-safe Base64, e.g. {@code shopdb_q3V…} (50 characters). Only its
 * {@link #prefixOf prefix} and its {@link #hash SHA-256} are stored.
 *
 * <p>Why a fast hash and not PBKDF2 like passwords: a slow key-derivation function makes
 * guessing a <em>low-entropy</em> secret (a password) from a stolen hash expensive. A key of
 * 256 random bits cannot be guessed however fast each attempt is, so stretching adds
 * nothing but CPU time on every collector request. No salt either: salts defeat
 * precomputed tables of likely secrets, and there are none for random keys.
 */
public final class ApiKeySecrets {

    /** Start of every key: tells a key from a token at a glance and makes leaked keys easy to scan for. */
    public static final String MARKER = "shopdb_";
    static final int RANDOM_BYTES = 32;
    /** Characters after the marker that are stored in clear, for display and lookup (48 bits). */
    static final int PREFIX_RANDOM_CHARS = 8;
    static final int KEY_LENGTH = MARKER.length() + 43;

    private final SecureRandom random;

    public ApiKeySecrets() {
        this(new SecureRandom());
    }

    ApiKeySecrets(SecureRandom random) {
        this.random = random;
    }

    /** A new key, to be shown once and never stored. */
    public String generate() {
        byte[] bytes = new byte[RANDOM_BYTES];
        random.nextBytes(bytes);
        return MARKER + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Whether the text has the shape of a key; anything else is rejected without a database lookup. */
    public static boolean isWellFormed(String presented) {
        if (presented == null || presented.length() != KEY_LENGTH || !presented.startsWith(MARKER)) {
            return false;
        }
        for (int i = MARKER.length(); i < presented.length(); i++) {
            char c = presented.charAt(i);
            if (!(c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-' || c == '_')) {
                return false;
            }
        }
        return true;
    }

    /** The part of a well-formed key kept in clear. */
    public static String prefixOf(String key) {
        return key.substring(0, MARKER.length() + PREFIX_RANDOM_CHARS);
    }

    /** SHA-256 of the key, hex: what is stored. */
    public static String hash(String key) {
        return HexFormat.of().formatHex(sha256(key));
    }

    /** Whether {@code presented} is the key whose {@link #hash} is {@code storedHash}, compared in constant time. */
    public static boolean matches(String presented, String storedHash) {
        byte[] expected;
        try {
            expected = HexFormat.of().parseHex(storedHash);
        } catch (IllegalArgumentException malformed) {
            return false;
        }
        return MessageDigest.isEqual(expected, sha256(presented));
    }

    private static byte[] sha256(String key) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available in this JDK", e);
        }
    }
}
