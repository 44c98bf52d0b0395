package org.shopdb.api.asset;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;
import org.shopdb.api.audit.Actor;
import org.shopdb.api.error.NotFoundException;
import org.shopdb.api.paging.Page;

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

    /**
     * Replaces the editable attributes; audited with every changed field, old → new.
     *
     * @throws org.shopdb.api.error.NotFoundException     for an unknown id
     * @throws org.shopdb.api.error.StaleVersionException when the asset changed since {@code update.version()}
     * @throws org.shopdb.api.error.ValidationException   for missing or unknown values
     * @throws org.shopdb.api.error.ConflictException     when the new asset number is taken
     */
    Asset update(Actor actor, long assetId, AssetUpdate update);

    /**
     * Deletes the asset; plugin rows extending it go with it ({@code ON DELETE CASCADE}).
     * Audited with the asset's last values.
     *
     * @throws org.shopdb.api.error.NotFoundException for an unknown id
     */
    void delete(Actor actor, long assetId);

    Page<Asset> list(AssetQuery query);

    Optional<Asset> find(long assetId);

    /**
     * The asset, for callers that cannot go on without it.
     *
     * @throws NotFoundException for an unknown id
     */
    default Asset require(long assetId) {
        return find(assetId).orElseThrow(() -> new NotFoundException("Asset", assetId));
    }

    Optional<Asset> findByNumber(String assetNumber);

    /**
     * The assets with these ids that exist, in one query whatever their number (a page of a
     * plugin's list, say).
     *
     * @since 1.1
     */
    List<Asset> findAll(Collection<Long> assetIds);
}
