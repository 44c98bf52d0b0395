package org.shopdb.plugins.applications.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A version as text that sorts like the version: {@code 1.10} after {@code 1.9}, {@code 23.01}
 * after {@code 9.20}, {@code 1.0-rc1} before {@code 1.0}, {@code 1.1.1w} after {@code 1.1.1}.
 * Stored next to the version ({@code installations.versionkey}, indexed with the application),
 * so "below version Y" is one index range, the same on every database.
 *
 * <p>The version is read as tokens: runs of digits (numbers) and runs of letters (words);
 * anything else separates them. Each token is written as a class character, then its value:
 * <ul>
 * <li>{@value #PRE_RELEASE} a pre-release word, ranked {@code alpha} &lt; {@code beta} &lt;
 *     {@code milestone} &lt; {@code rc} &lt; {@code snapshot} ({@code a}, {@code b}, {@code m}
 *     count only right before a number, as in {@code 1.0b2});</li>
 * <li>{@value #END} the end of the version;</li>
 * <li>{@value #WORD} any other word (a service pack, a patch letter, a platform), lower case;</li>
 * <li>{@value #NUMBER} a number: its digit count as a letter ({@code a} = 1 digit), then its
 *     digits without leading zeros, so that longer numbers sort after shorter ones.</li>
 * </ul>
 * Pre-release &lt; end &lt; word &lt; number, so {@code 1.0-beta} &lt; {@code 1.0} &lt;
 * {@code 1.0-sp1} &lt; {@code 1.0.1}. Zeros at the end, or right before a pre-release word, do
 * not count: {@code 1.0.0} and {@code 1} are the same version. Only digits and lower-case ASCII
 * letters are written, so every database collation orders the keys alike.
 */
public final class VersionKey {

    /** The column's length; a longer key is cut (versions that long differ well before). */
    public static final int MAX_LENGTH = 255;

    static final char PRE_RELEASE = '1';
    static final char END = '2';
    static final char WORD = '3';
    static final char NUMBER = '4';
    private static final int MAX_DIGITS = 26;
    private static final Map<String, Character> PRE_RELEASES = Map.ofEntries(Map.entry("alpha", 'a'), Map.entry("beta", 'b'),
            Map.entry("milestone", 'm'), Map.entry("rc", 'r'), Map.entry("cr", 'r'), Map.entry("pre", 'r'), Map.entry("preview", 'r'),
            Map.entry("snapshot", 's'), Map.entry("dev", 's'));
    private static final Map<String, Character> SHORT_PRE_RELEASES = Map.of("a", 'a', "b", 'b', "m", 'm');
    private static final List<String> RELEASE = List.of("ga", "final", "release");

    private VersionKey() {
    }

    /** The key of {@code version}; that of the empty version for {@code null} or text without a digit or letter. */
    public static String of(String version) {
        List<String> tokens = tokens(version == null ? "" : version.toLowerCase(Locale.ROOT));
        List<String> encoded = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            String token = tokens.get(i);
            if (Character.isDigit(token.charAt(0))) {
                encoded.add(number(token));
                continue;
            }
            boolean beforeNumber = i + 1 < tokens.size() && Character.isDigit(tokens.get(i + 1).charAt(0));
            Character preRelease = PRE_RELEASES.getOrDefault(token, beforeNumber ? SHORT_PRE_RELEASES.get(token) : null);
            if (preRelease != null) {
                dropTrailingZeros(encoded);
                encoded.add(PRE_RELEASE + String.valueOf(preRelease));
            } else if (!RELEASE.contains(token)) {
                encoded.add(WORD + token);
            }
        }
        dropTrailingZeros(encoded);
        String key = String.join("", encoded) + END;
        return key.length() > MAX_LENGTH ? key.substring(0, MAX_LENGTH) : key;
    }

    private static String number(String digits) {
        String value = digits.replaceFirst("^0+(?=\\d)", "");
        if (value.length() > MAX_DIGITS) {
            value = value.substring(0, MAX_DIGITS);
        }
        return NUMBER + String.valueOf((char) ('a' + value.length() - 1)) + value;
    }

    /** {@code 1.0.0} is {@code 1}, and {@code 1.0-beta} is {@code 1-beta}. */
    private static void dropTrailingZeros(List<String> encoded) {
        while (!encoded.isEmpty() && encoded.get(encoded.size() - 1).equals(NUMBER + "a0")) {
            encoded.remove(encoded.size() - 1);
        }
    }

    /** Runs of ASCII digits and of ASCII letters; everything else separates. */
    private static List<String> tokens(String version) {
        List<String> tokens = new ArrayList<>();
        StringBuilder token = new StringBuilder();
        int kind = 0;
        for (char c : version.toCharArray()) {
            int next = c >= '0' && c <= '9' ? 1 : c >= 'a' && c <= 'z' ? 2 : 0;
            if (next != kind && token.length() > 0) {
                tokens.add(token.toString());
                token.setLength(0);
            }
            if (next != 0) {
                token.append(c);
            }
            kind = next;
        }
        if (token.length() > 0) {
            tokens.add(token.toString());
        }
        return tokens;
    }
}
