package org.shopdb.core.internal.mode;

/**
 * One reason ShopDB will not serve.
 *
 * @param variable the environment variable to fix
 * @param problem  what is wrong and how to fix it, never the secret value itself
 */
public record ConfigurationProblem(String variable, String problem) {

    @Override
    public String toString() {
        return variable + ": " + problem;
    }
}
