package org.shopdb.api.asset;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

/** The asset types; plugins seed theirs when installed. */
@ProviderType
public interface AssetTypeService {

    /**
     * Returns the type with this code, creating it (owned by {@code owner}) when it does not
     * exist yet. Idempotent: a plugin may call it on every start.
     */
    AssetType ensure(String code, String name, String owner);

    List<AssetType> list();
}
