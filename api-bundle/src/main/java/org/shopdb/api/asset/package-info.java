/**
 * Assets, the platform contract every plugin builds on: common attributes live on the
 * asset and are written through {@link org.shopdb.api.asset.AssetService}; a plugin's
 * table extends {@code assets} by {@code assetid}.
 */
@Export
@Version("1.2.0")
package org.shopdb.api.asset;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
