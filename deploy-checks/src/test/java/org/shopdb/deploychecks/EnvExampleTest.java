package org.shopdb.deploychecks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

/** docker/.env.example lists what ShopDB and the compose file read, no more, each documented. */
class EnvExampleTest {

    private static final String SHOPDB_PREFIX = "SHOPDB_";

    private final Map<String, EnvExample.Entry> entries = EnvExample.read().entries();
    private final Collection<VariableReference> composeReads = VariableReference.in(ComposeFile.read().text());

    @Test
    void listsExactlyTheShopdbVariablesTheCodeReads() {
        Map<String, Set<String>> code = ShopdbEnvironmentReads.scan();
        Set<String> listed = names(entries.keySet(), true);
        Set<String> missing = difference(code.keySet(), listed);
        Set<String> extra = difference(listed, code.keySet());
        StringBuilder problems = new StringBuilder();
        missing.forEach(name -> problems.append("\n  missing ").append(name).append(" (read in ").append(code.get(name)).append(')'));
        extra.forEach(name -> problems.append("\n  listed but read nowhere in ").append(ShopdbEnvironmentReads.MODULES)
                .append(": ").append(name));
        assertTrue(problems.length() == 0, Repo.ENV_EXAMPLE + " and the code disagree:" + problems);
    }

    @Test
    void listsEveryVariableTheComposeFileReads() {
        Set<String> read = composeReads.stream().map(VariableReference::name).collect(Collectors.toCollection(TreeSet::new));
        Set<String> missing = difference(read, entries.keySet());
        assertTrue(missing.isEmpty(), Repo.COMPOSE_FILE + " reads variables " + Repo.ENV_EXAMPLE + " does not list: " + missing);
    }

    @Test
    void listsNoOtherVariableThanComposeReads() {
        Set<String> read = composeReads.stream().map(VariableReference::name).collect(Collectors.toSet());
        Set<String> extra = difference(names(entries.keySet(), false), read);
        assertTrue(extra.isEmpty(), Repo.ENV_EXAMPLE + " lists variables neither ShopDB nor " + Repo.COMPOSE_FILE
                + " reads: " + extra + " (compose-only variables must not start with " + SHOPDB_PREFIX + ")");
    }

    @Test
    void describesEachVariableAsRequiredOrAsOptionalWithItsDefault() {
        for (EnvExample.Entry entry : entries.values()) {
            assertTrue(entry.isRequired() || entry.isOptional() && entry.description().contains("default"),
                    entry.name() + " needs a comment above it starting 'Required.' or 'Optional, default ...': "
                            + entry.description());
        }
    }

    @Test
    void marksAsRequiredExactlyTheVariablesComposeRequires() {
        Set<String> required = composeReads.stream().filter(VariableReference::isRequiredWithMessage)
                .map(VariableReference::name).collect(Collectors.toCollection(TreeSet::new));
        Set<String> marked = entries.values().stream().filter(EnvExample.Entry::isRequired)
                .map(EnvExample.Entry::name).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(required, marked, "variables marked Required in " + Repo.ENV_EXAMPLE
                + " vs those " + Repo.COMPOSE_FILE + " requires with ${VAR:?message}");
    }

    @Test
    void leavesRequiredValuesEmptyAndOptionalOnesCommentedOut() {
        for (EnvExample.Entry entry : entries.values()) {
            if (entry.isRequired()) {
                assertTrue(!entry.commentedOut() && entry.value().isEmpty(),
                        entry.name() + " is required: list it as '" + entry.name() + "=' with no value, so no sample secret ships");
            } else {
                assertTrue(entry.commentedOut(), entry.name() + " is optional: comment it out so the default applies");
            }
        }
    }

    private static Set<String> names(Collection<String> all, boolean shopdb) {
        return all.stream().filter(name -> name.startsWith(SHOPDB_PREFIX) == shopdb)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static Set<String> difference(Set<String> left, Set<String> right) {
        Set<String> result = new TreeSet<>(left);
        result.removeAll(right);
        return result;
    }
}
