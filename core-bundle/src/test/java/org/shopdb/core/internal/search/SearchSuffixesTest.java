package org.shopdb.core.internal.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class SearchSuffixesTest {

    @Test
    void everySuffixOfAtLeastThreeCharactersLowerCased() {
        assertEquals(Set.of("grinder", "rinder", "inder", "nder", "der"), SearchSuffixes.of(List.of("Grinder"), 100));
        assertEquals(Set.of(), SearchSuffixes.of(Arrays.asList("PC", null), 100));
    }

    @Test
    void suffixesAreCutToTheKeyLengthWithoutTrailingSpaces() {
        Set<String> keys = SearchSuffixes.of(List.of("Conveyor 12 controller PC"), 100);
        assertTrue(keys.contains("conveyor 12 cont"));
        assertEquals(SearchSuffixes.KEY_LENGTH, "conveyor 12 cont".length());
        assertTrue(keys.contains("r 12 controller"), "its 16th character is a space: " + keys);
        assertFalse(keys.stream().anyMatch(key -> key.endsWith(" ")));
    }

    @Test
    void aCharacterOutsideTheBasicPlaneIsNeverSplit() {
        String key = SearchSuffixes.key("abcdefghijklmno\uD83D\uDE00xyz");
        assertEquals("abcdefghijklmno", key);
        assertEquals(Set.of("a\uD83D\uDE00bc", "\uD83D\uDE00bc"), SearchSuffixes.of(List.of("a\uD83D\uDE00bc"), 100),
                "suffixes start at characters, not at halves of one");
    }

    @Test
    void duplicatesCountOnceAndTheLimitHolds() {
        assertEquals(Set.of("aaaa", "aaa"), SearchSuffixes.of(List.of("aaaa", "AAA"), 100));
        assertEquals(2, SearchSuffixes.of(List.of("abcdef"), 2).size());
    }

    @Test
    void queriesOfUpToSixteenCharactersAreAnsweredExactlyByTheRange() {
        assertTrue(SearchSuffixes.exact("0123456789abcdef"));
        assertFalse(SearchSuffixes.exact("0123456789abcdefg"));
        assertTrue(SearchSuffixes.searchable("abc"));
        assertFalse(SearchSuffixes.searchable("ab"));
        assertFalse(SearchSuffixes.searchable("a\uD83D\uDE00"), "two characters in three UTF-16 units");
    }
}
