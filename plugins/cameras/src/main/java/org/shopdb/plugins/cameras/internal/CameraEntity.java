package org.shopdb.plugins.cameras.internal;

import java.time.LocalDateTime;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Version;

/** A row of {@code cameras}: the camera-specific part of an asset, keyed by its {@code assetid}. */
@Entity
@Table(name = "cameras")
public class CameraEntity {

    @Id
    @Column(name = "assetid")
    private Long assetId;

    @Column(name = "streamurl", nullable = false, length = CameraFields.STREAM_URL_LENGTH)
    private String streamUrl;

    @Column(name = "resolution", length = CameraFields.RESOLUTION_LENGTH)
    private String resolution;

    @Column(name = "fps")
    private Integer fps;

    @Column(name = "poeport", length = CameraFields.POE_PORT_LENGTH)
    private String poePort;

    @Column(name = "vendor", length = CameraFields.NAME_LENGTH)
    private String vendor;

    @Column(name = "model", length = CameraFields.NAME_LENGTH)
    private String model;

    @Column(name = "firmware", length = CameraFields.NAME_LENGTH)
    private String firmware;

    @Column(name = "recordingserver", length = CameraFields.RECORDING_SERVER_LENGTH)
    private String recordingServer;

    @Column(name = "retentiondays")
    private Integer retentionDays;

    @Column(name = "ptz", nullable = false)
    private boolean ptz;

    /** Written by collectors only, with a bulk update, so a heartbeat never bumps {@link #version}. */
    @Column(name = "lastseen")
    private LocalDateTime lastSeen;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected CameraEntity() {
    }

    CameraEntity(long assetId, CameraFields fields) {
        this.assetId = assetId;
        apply(fields);
    }

    final void apply(CameraFields fields) {
        this.streamUrl = fields.streamUrl();
        this.resolution = fields.resolution();
        this.fps = fields.fps();
        this.poePort = fields.poePort();
        this.vendor = fields.vendor();
        this.model = fields.model();
        this.firmware = fields.firmware();
        this.recordingServer = fields.recordingServer();
        this.retentionDays = fields.retentionDays();
        this.ptz = fields.ptz();
    }

    long version() {
        return version;
    }

    StoredCamera toStored() {
        return new StoredCamera(assetId, new CameraFields(streamUrl, resolution, fps, poePort, vendor, model, firmware,
                recordingServer, retentionDays, ptz), Times.fromColumn(lastSeen), version);
    }
}
