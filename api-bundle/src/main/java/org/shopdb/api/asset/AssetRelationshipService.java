package org.shopdb.api.asset;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;
import org.shopdb.api.audit.Actor;

/** Relationships between assets; every change audited. */
@ProviderType
public interface AssetRelationshipService {

    /** Common relationship types; any lower-case word of letters, digits and {@code _} is accepted. */
    List<String> COMMON_TYPES = List.of("controls", "connected_to", "watches", "part_of", "powered_by", "depends_on");

    /**
     * Relationships in which the asset takes part, in either direction.
     *
     * @throws org.shopdb.api.error.NotFoundException for an unknown asset
     */
    List<AssetRelationship> forAsset(long assetId);

    /**
     * @throws org.shopdb.api.error.NotFoundException   for an unknown source asset
     * @throws org.shopdb.api.error.ValidationException for an unknown target, a self-link or a malformed type
     * @throws org.shopdb.api.error.ConflictException   when the same relationship exists
     */
    AssetRelationship relate(Actor actor, long fromAssetId, long toAssetId, String type);

    /** @throws org.shopdb.api.error.NotFoundException when the asset takes no part in such a relationship */
    void unrelate(Actor actor, long assetId, long relationshipId);
}
