package org.shopdb.core.internal.rest;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.function.Predicate;

/** A failure and its causes, each once (a cyclic chain ends). */
final class CauseChain {

    private CauseChain() {
    }

    static boolean anyMatch(Throwable failure, Predicate<Throwable> test) {
        Map<Throwable, Boolean> seen = new IdentityHashMap<>();
        for (Throwable cause = failure; cause != null && seen.put(cause, Boolean.TRUE) == null; cause = cause.getCause()) {
            if (test.test(cause)) {
                return true;
            }
        }
        return false;
    }
}
