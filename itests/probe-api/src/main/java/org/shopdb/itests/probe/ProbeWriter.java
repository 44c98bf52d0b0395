package org.shopdb.itests.probe;

import java.util.Optional;

/**
 * Writes the way a plugin does: an asset through the core's AssetService (asset row and
 * audit row) and a row of the plugin's own table, in one unit of work.
 */
public interface ProbeWriter {

    /** The asset type the probe plugin seeds on start. */
    String ASSET_TYPE = "probe";

    /**
     * Creates an asset and its probe row. A {@code null} value violates the probe table's
     * NOT NULL constraint, so the database fails the plugin's write after the core's.
     *
     * @return the new asset id
     */
    long createAssetWithProbe(String assetNumber, String probeValue);

    /** Creates the asset (and its audit row), then fails before the plugin's own write. */
    void createAssetThenFail(String assetNumber);

    Optional<String> probeValue(long assetId);
}
