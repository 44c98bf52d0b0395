package org.shopdb.plugins.agents.internal.mapping;

/**
 * The identity an agent reported last time (agent bookkeeping): what a partial inventory
 * without hardware section is matched by. Any value may be {@code null}.
 */
public record KnownIdentity(String hostname, String hardwareUuid, String serialNumber) {

    public static final KnownIdentity NONE = new KnownIdentity(null, null, null);
}
