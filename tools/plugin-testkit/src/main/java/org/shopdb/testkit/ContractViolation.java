package org.shopdb.testkit;

/**
 * One way a plugin breaks the contract, worded for its author.
 *
 * @param plugin  plugin name, or the bundle file when the plugin does not even name itself
 * @param problem what is wrong
 * @param fix     what to change
 */
public record ContractViolation(String plugin, String problem, String fix) {

    @Override
    public String toString() {
        return "Plugin '" + plugin + "': " + problem + ". Fix: " + fix;
    }
}
