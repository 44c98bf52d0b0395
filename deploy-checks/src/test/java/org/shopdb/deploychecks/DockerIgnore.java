package org.shopdb.deploychecks;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The repository's .dockerignore: which paths stay out of the build context. Follows
 * Docker's rules: '**' spans folders, '*' and '?' stay within one, a path is out when it
 * or a folder above it matches, and of several matching lines the last one wins ('!' lines
 * take paths back in).
 */
final class DockerIgnore {

    static final String FILE = ".dockerignore";

    private record Rule(Pattern pattern, boolean exception) {
    }

    private final List<Rule> rules;

    private DockerIgnore(List<Rule> rules) {
        this.rules = rules;
    }

    static DockerIgnore read() {
        List<Rule> rules = new ArrayList<>();
        for (String raw : Repo.read(FILE).split("\\R")) {
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            boolean exception = line.startsWith("!");
            String glob = (exception ? line.substring(1) : line).strip().replaceAll("^/+|/+$", "");
            rules.add(new Rule(Pattern.compile(toRegex(glob)), exception));
        }
        return new DockerIgnore(rules);
    }

    /** Whether the path (relative to the context root, '/'-separated) stays out of the context. */
    boolean excludes(String path) {
        boolean excluded = false;
        for (Rule rule : rules) {
            if (matchesItselfOrAFolderAbove(rule.pattern(), path)) {
                excluded = !rule.exception();
            }
        }
        return excluded;
    }

    private static boolean matchesItselfOrAFolderAbove(Pattern pattern, String path) {
        String candidate = path;
        while (true) {
            if (pattern.matcher(candidate).matches()) {
                return true;
            }
            int slash = candidate.lastIndexOf('/');
            if (slash < 0) {
                return false;
            }
            candidate = candidate.substring(0, slash);
        }
    }

    private static String toRegex(String glob) {
        StringBuilder regex = new StringBuilder();
        for (int i = 0; i < glob.length(); i++) {
            char c = glob.charAt(i);
            if (glob.startsWith("**/", i)) {
                regex.append("(?:.*/)?");
                i += 2;
            } else if (glob.startsWith("**", i)) {
                regex.append(".*");
                i += 1;
            } else if (c == '*') {
                regex.append("[^/]*");
            } else if (c == '?') {
                regex.append("[^/]");
            } else {
                regex.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return regex.toString();
    }
}
