package org.shopdb.plugins.cameras.internal;

/**
 * Everything an update replaces, and the {@link Camera#version()} it was based on.
 *
 * @param address the primary address wanted; all {@code null} removes it
 */
public record CameraChange(CommonFields common, CameraFields fields, PrimaryAddress address, long version) {

    public CameraChange withCommon(CommonFields replaced) {
        return new CameraChange(replaced, fields, address, version);
    }

    public CameraChange withFields(CameraFields replaced) {
        return new CameraChange(common, replaced, address, version);
    }

    public CameraChange withAddress(PrimaryAddress replaced) {
        return new CameraChange(common, fields, replaced, version);
    }
}
