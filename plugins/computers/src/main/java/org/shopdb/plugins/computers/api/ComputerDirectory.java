package org.shopdb.plugins.computers.api;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The computers ShopDB knows, found the way the computers collector finds them. A service of
 * the computers plugin while it is active; calls join the caller's
 * {@link org.shopdb.api.tx.UnitOfWork} transaction.
 */
@ProviderType
public interface ComputerDirectory {

    /**
     * The asset id of the computer an inventory describes: the first of these that matches wins —
     * the hardware UUID (unique among computers), the asset's serial number (skipped when several
     * computers share it), the hostname (unique, ignoring case). Any argument may be {@code null}
     * or blank.
     *
     * @return empty when none matches
     */
    Optional<Long> findComputer(String hardwareUuid, String serialNumber, String hostname);

    /** The hostnames of these computers (lower case), by asset id; ids that are no computer are left out. One query. */
    Map<Long, String> hostnames(Collection<Long> computerIds);
}
