package org.shopdb.core.internal.auth;

import java.util.List;

/**
 * Who may read and who may write below a path: the least role for {@code GET}/{@code HEAD}
 * and the least role for every other method.
 *
 * @param prefix path segments, e.g. {@code [api, users]}; matches that path and all below it
 */
record AccessRule(List<String> prefix, Role read, Role write) {

    static AccessRule below(String path, Role read, Role write) {
        return new AccessRule(RequestPath.segments(path), read, write);
    }

    boolean covers(List<String> segments) {
        return segments.size() >= prefix.size() && segments.subList(0, prefix.size()).equals(prefix);
    }

    Role required(boolean write) {
        return write ? this.write : read;
    }
}
