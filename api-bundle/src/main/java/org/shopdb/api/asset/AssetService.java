package org.shopdb.api.asset;

import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;
import org.shopdb.api.audit.Actor;

/**
 * Creates and reads assets. Every write is audited in the same transaction; called
 * inside a {@link org.shopdb.api.tx.UnitOfWork}, it joins the caller's transaction, so a
 * plugin's own row and the asset commit or roll back together.
 */
@ProviderType
public interface AssetService {

    /**
     * @throws org.shopdb.api.error.ValidationException for missing or unknown values, naming each field
     * @throws org.shopdb.api.error.ConflictException   when the asset number is taken
     */
    Asset create(Actor actor, NewAsset asset);

    Optional<Asset> find(long assetId);

    Optional<Asset> findByNumber(String assetNumber);
}
