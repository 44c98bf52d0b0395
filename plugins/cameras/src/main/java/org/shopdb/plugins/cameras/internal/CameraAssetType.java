package org.shopdb.plugins.cameras.internal;

/** The asset type every camera has, seeded by the install hook. */
public final class CameraAssetType {

    public static final String CODE = "camera";
    public static final String NAME = "Camera";
    /** The owner recorded with the type: this bundle. */
    public static final String OWNER = "org.shopdb.plugins.cameras";
    /** Entity type of the camera-specific audit entries (the asset's own are the core's {@code Asset}). */
    public static final String AUDIT_ENTITY = "camera";

    private CameraAssetType() {
    }
}
