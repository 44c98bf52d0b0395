package org.shopdb.plugins.network.internal.port;

import java.util.Comparator;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Interface names in the order a device lists them: numbers compared as numbers, so
 * {@code Gi1/0/2} comes before {@code Gi1/0/10}, and {@code Gi2/0/1} after both.
 */
public final class PortNameOrder implements Comparator<String> {

    public static final PortNameOrder INSTANCE = new PortNameOrder();

    private static final Pattern CHUNK = Pattern.compile("\\d+|\\D+");

    private PortNameOrder() {
    }

    @Override
    public int compare(String left, String right) {
        Matcher a = CHUNK.matcher(left.toLowerCase(Locale.ROOT));
        Matcher b = CHUNK.matcher(right.toLowerCase(Locale.ROOT));
        while (a.find() && b.find()) {
            String x = a.group();
            String y = b.group();
            boolean numbers = Character.isDigit(x.charAt(0)) && Character.isDigit(y.charAt(0));
            int order = numbers ? compareNumbers(x, y) : x.compareTo(y);
            if (order != 0) {
                return order;
            }
        }
        return Integer.compare(left.length(), right.length()) != 0 ? Integer.compare(left.length(), right.length()) : left.compareTo(right);
    }

    /** Compared by value without overflowing: leading zeros dropped, then length, then digits. */
    private static int compareNumbers(String x, String y) {
        String a = x.replaceFirst("^0+(?=.)", "");
        String b = y.replaceFirst("^0+(?=.)", "");
        return a.length() != b.length() ? Integer.compare(a.length(), b.length()) : a.compareTo(b);
    }
}
