package org.shopdb.plugins.network.internal.port;

/** The device a report is about: its asset id, and its asset number for the audit rows' names. */
public record DeviceRef(long assetId, String assetNumber) {
}
