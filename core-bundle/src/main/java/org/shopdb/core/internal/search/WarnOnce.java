package org.shopdb.core.internal.search;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;

/**
 * Warnings about a broken plugin field or table, logged once per key until it works again:
 * search runs on every request, and a broken plugin must not flood the log.
 */
final class WarnOnce {

    private final Logger log;
    private final Set<String> reported = ConcurrentHashMap.newKeySet();

    WarnOnce(Logger log) {
        this.log = log;
    }

    void warn(String key, String format, Object... arguments) {
        if (reported.add(key)) {
            log.warn(format, arguments);
        }
    }

    /** The key works again: a later failure is worth a warning of its own. */
    void recovered(String key) {
        reported.remove(key);
    }
}
