package org.shopdb.api.asset;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.osgi.annotation.versioning.ProviderType;
import org.shopdb.api.audit.Actor;

/** The network addresses of assets; every change audited. */
@ProviderType
public interface NetworkAddressService {

    /** @throws org.shopdb.api.error.NotFoundException for an unknown asset */
    List<NetworkAddress> forAsset(long assetId);

    /**
     * Adds an address; a primary one makes the asset's other addresses non-primary.
     *
     * @throws org.shopdb.api.error.NotFoundException   for an unknown asset
     * @throws org.shopdb.api.error.ValidationException for malformed IP, MAC or hostname, or none given
     */
    NetworkAddress add(Actor actor, long assetId, NewNetworkAddress address);

    /** @throws org.shopdb.api.error.NotFoundException when the asset has no such address */
    void remove(Actor actor, long assetId, long addressId);

    /**
     * The primary address of each of these assets that has one, in one query.
     *
     * @since 1.1
     */
    Map<Long, NetworkAddress> primaryAddresses(Collection<Long> assetIds);

    /**
     * The addresses, of any asset, whose MAC is one of these, in one query: which assets a
     * switch's MAC table points at. MACs may be given in any notation; malformed ones match nothing.
     *
     * @since 1.2
     */
    List<NetworkAddress> withMacAddresses(Collection<String> macAddresses);
}
