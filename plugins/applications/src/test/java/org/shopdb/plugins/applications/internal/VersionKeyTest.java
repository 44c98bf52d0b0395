package org.shopdb.plugins.applications.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;

class VersionKeyTest {

    private static void assertBefore(String lower, String higher) {
        assertTrue(VersionKey.of(lower).compareTo(VersionKey.of(higher)) < 0,
                lower + " (" + VersionKey.of(lower) + ") sorts before " + higher + " (" + VersionKey.of(higher) + ")");
    }

    @Test
    void numbersCompareAsNumbersNotAsText() {
        assertBefore("1.9", "1.10");
        assertBefore("9.20", "23.01");
        assertBefore("2212.3000", "2306.4000");
        assertBefore("10.0.17763", "10.0.19044");
        assertBefore("120.0.6099.130", "131.0.6778.86");
        assertBefore("8.6.2", "8.6.10");
    }

    @Test
    void trailingZerosDoNotMakeANewVersion() {
        assertEquals(VersionKey.of("1"), VersionKey.of("1.0.0"));
        assertEquals(VersionKey.of("23.1"), VersionKey.of("23.01"), "leading zeros are not digits of the number");
        assertBefore("1.0", "1.0.1");
    }

    @Test
    void preReleasesComeBeforeTheReleaseAndOtherWordsAfter() {
        assertBefore("1.0-alpha", "1.0-beta2");
        assertBefore("1.0-beta2", "1.0-beta10");
        assertBefore("1.0-beta10", "1.0-rc1");
        assertBefore("1.0-rc1", "1.0");
        assertBefore("1.0b3", "1.0");
        assertBefore("1.0", "1.0-sp1");
        assertBefore("1.1.1", "1.1.1w");
        assertBefore("1.1.1w", "1.1.2");
        assertEquals(VersionKey.of("1.0"), VersionKey.of("1.0.GA"));
        assertEquals(VersionKey.of("2.0-RC1"), VersionKey.of("2.0rc1"), "case and separators do not matter");
    }

    @Test
    void aMixedListSortsLikeVersions() {
        List<String> versions = List.of("23.01", "9.20", "19.00", "23.01-beta", "1.10", "1.9", "24.08");
        List<String> sorted = new ArrayList<>(versions);
        Collections.sort(sorted, (a, b) -> VersionKey.of(a).compareTo(VersionKey.of(b)));
        assertEquals(List.of("1.9", "1.10", "9.20", "19.00", "23.01-beta", "23.01", "24.08"), sorted);
    }

    @Test
    void keysAreDigitsAndLowerCaseLettersSoEveryCollationOrdersThemAlike() {
        for (String version : List.of("7.1.Build 12 (x64)", "2019 R2", "v4.8.09032", "", "1.0 – Ünïcode", "12345678901234567890123456789.1")) {
            String key = VersionKey.of(version);
            assertTrue(key.matches("[0-9a-z]+"), version + " -> " + key);
            assertTrue(key.length() <= VersionKey.MAX_LENGTH);
        }
        assertEquals(VersionKey.of(null), VersionKey.of(""));
        assertBefore("", "0.1");
    }
}
