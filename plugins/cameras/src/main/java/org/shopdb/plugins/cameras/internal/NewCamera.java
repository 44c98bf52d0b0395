package org.shopdb.plugins.cameras.internal;

/**
 * What it takes to create a camera.
 *
 * @param address the primary address, or all {@code null} for none
 */
public record NewCamera(CommonFields common, CameraFields fields, PrimaryAddress address) {
}
