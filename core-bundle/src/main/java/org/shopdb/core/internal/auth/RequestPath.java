package org.shopdb.core.internal.auth;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The segments of a request path as routing could see them: percent-escapes decoded,
 * matrix parameters and empty or {@code .} segments dropped, {@code ..} resolved. Rules
 * match on these, so {@code /api//users}, {@code /api/users;x}, {@code /api/x/../users}
 * and {@code /api/%75sers} are all {@code [api, users]}.
 */
final class RequestPath {

    private RequestPath() {
    }

    static List<String> segments(String rawPath) {
        List<String> segments = new ArrayList<>();
        if (rawPath == null) {
            return segments;
        }
        for (String segment : rawPath.split("/")) {
            int matrix = segment.indexOf(';');
            // An encoded slash (%2F) splits too: never let it hide a segment from the rules.
            for (String decoded : decode(matrix >= 0 ? segment.substring(0, matrix) : segment).split("/")) {
                if ("..".equals(decoded)) {
                    if (!segments.isEmpty()) {
                        segments.remove(segments.size() - 1);
                    }
                } else if (!decoded.isEmpty() && !".".equals(decoded)) {
                    segments.add(decoded);
                }
            }
        }
        return segments;
    }

    private static String decode(String segment) {
        try {
            return URLDecoder.decode(segment.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformed) {
            return segment;
        }
    }
}
