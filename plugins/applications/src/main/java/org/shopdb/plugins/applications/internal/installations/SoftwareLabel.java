package org.shopdb.plugins.applications.internal.installations;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What global search matches an installation by: the application's name followed by the
 * installed version, unless the name already shows it — {@code Siemens NX 2306.4000},
 * {@code 7-Zip 23.01 (x64)} — so that "7-Zip 23.01" or "Siemens NX 2306" find the PCs running
 * that version (a prefix match, index-backed). At most {@value #MAX_LENGTH} characters.
 */
final class SoftwareLabel {

    static final int MAX_LENGTH = 500;

    private SoftwareLabel() {
    }

    static String of(String applicationName, String version) {
        String name = applicationName.trim();
        String label = version == null || showsVersion(name, version) ? name : name + " " + version;
        return label.length() > MAX_LENGTH ? label.substring(0, MAX_LENGTH) : label;
    }

    /** Whether the version stands in the name as a word of its own ("7-Zip 23.01 (x64)" shows 23.01, "Tool 123.4" does not show 23.4). */
    private static boolean showsVersion(String name, String version) {
        return Pattern.compile("(^|[^\\p{Alnum}.])" + Pattern.quote(version.toLowerCase(Locale.ROOT)) + "($|[^\\p{Alnum}])")
                .matcher(name.toLowerCase(Locale.ROOT)).find();
    }
}
