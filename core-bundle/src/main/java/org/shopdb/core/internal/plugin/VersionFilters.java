package org.shopdb.core.internal.plugin;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.osgi.framework.Version;

/**
 * Reads a version range back out of a requirement filter, for people: the filter bnd writes
 * for {@code [2.0.0,3.0.0)}, {@code (&(version>=2.0.0)(!(version>=3.0.0)))}, reads as
 * {@code [2.0.0,3.0.0)} again. A filter of another shape is shown as it is.
 */
final class VersionFilters {

    /** One comparison on the attribute, negated or not: {@code (version>=1.0.0)}, {@code (!(version>=2.0.0))}. */
    private static final Pattern TERM = Pattern.compile("\\((!\\()?\\s*([\\w.]+)\\s*(>=|<=|=)\\s*([^()\\s]+)\\s*\\)(\\))?");

    private VersionFilters() {
    }

    /**
     * The range {@code filter} allows for {@code attribute}, e.g. {@code [1.0.0,2.0.0)} or
     * {@code 1.0.0 or later}; {@code any} when it does not constrain it.
     */
    static String describe(String filter, String attribute) {
        if (filter == null || filter.isBlank()) {
            return "any";
        }
        String body = filter.strip();
        if (body.startsWith("(&") && body.endsWith(")")) {
            body = body.substring(2, body.length() - 1);
        }
        Version low = null;
        Version high = null;
        boolean lowIncluded = true;
        boolean highIncluded = false;
        Matcher term = TERM.matcher(body);
        int end = 0;
        while (term.find()) {
            boolean negated = term.group(1) != null;
            if (term.start() != end || negated != (term.group(5) != null)) {
                return filter;
            }
            end = term.end();
            if (!attribute.equals(term.group(2))) {
                continue; // e.g. the package name next to its version
            }
            Version version;
            try {
                version = Version.parseVersion(term.group(4));
            } catch (IllegalArgumentException notAVersion) {
                return filter;
            }
            switch (term.group(3) + (negated ? "!" : "")) {
                case ">=" -> { low = version; lowIncluded = true; }
                case ">=!" -> { high = version; highIncluded = false; }
                case "<=" -> { high = version; highIncluded = true; }
                case "<=!" -> { low = version; lowIncluded = false; }
                case "=" -> { low = version; high = version; highIncluded = true; }
                default -> {
                    return filter;
                }
            }
        }
        if (end != body.length()) {
            return filter;
        }
        if (low == null && high == null) {
            return "any";
        }
        if (high == null) {
            return (lowIncluded ? low + " or later" : "later than " + low);
        }
        return (lowIncluded ? "[" : "(") + (low == null ? Version.emptyVersion : low) + "," + high + (highIncluded ? "]" : ")");
    }
}
