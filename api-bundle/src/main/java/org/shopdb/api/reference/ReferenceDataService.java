package org.shopdb.api.reference;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;
import org.shopdb.api.audit.Actor;

/** Reads and extends the reference data; writes are audited. */
@ProviderType
public interface ReferenceDataService {

    List<AssetStatus> statuses();

    List<BusinessUnit> businessUnits();

    /**
     * @throws org.shopdb.api.error.ValidationException naming each bad field
     * @throws org.shopdb.api.error.ConflictException   when the code is taken
     */
    BusinessUnit createBusinessUnit(Actor actor, String code, String name);

    /** Every location, ordered by path (parents before children). */
    List<Location> locations();

    /** The hierarchy: the sites, each with its children, recursively. */
    List<Location> locationTree();

    /**
     * @param parentId {@code null} for a site
     * @throws org.shopdb.api.error.ValidationException for an unknown parent or a kind not deeper than the parent's
     * @throws org.shopdb.api.error.ConflictException   when the code is taken
     */
    Location createLocation(Actor actor, Long parentId, LocationKind kind, String code, String name);
}
