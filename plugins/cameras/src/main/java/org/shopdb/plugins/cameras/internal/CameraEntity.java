package org.shopdb.plugins.cameras.internal;

import java.time.LocalDateTime;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Version;

import org.shopdb.api.family.FamilyRow;
import org.shopdb.api.family.Times;

/** A row of {@code cameras}: the camera-specific part of an asset, keyed by its {@code assetid}. */
@Entity
@Table(name = "cameras")
public class CameraEntity implements FamilyRow<CameraFields> {

    @Id
    @Column(name = "assetid")
    private Long assetId;

    @Column(name = "streamurl", nullable = false)
    private String streamUrl;

    @Column(name = "resolution")
    private String resolution;

    @Column(name = "fps")
    private Integer fps;

    @Column(name = "poeport")
    private String poePort;

    @Column(name = "vendor")
    private String vendor;

    @Column(name = "model")
    private String model;

    @Column(name = "firmware")
    private String firmware;

    @Column(name = "recordingserver")
    private String recordingServer;

    @Column(name = "retentiondays")
    private Integer retentionDays;

    @Column(name = "ptz", nullable = false)
    private boolean ptz;

    /** Moved by collectors only ({@link org.shopdb.api.family.FamilyStore#touch}), so a heartbeat never bumps {@link #version}. */
    @Column(name = "lastseen", insertable = false, updatable = false)
    private LocalDateTime lastSeen;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected CameraEntity() {
    }

    public CameraEntity(long assetId, CameraFields fields) {
        this.assetId = assetId;
        apply(fields);
    }

    @Override
    public final void apply(CameraFields fields) {
        streamUrl = fields.streamUrl();
        resolution = fields.resolution();
        fps = fields.fps();
        poePort = fields.poePort();
        vendor = fields.vendor();
        model = fields.model();
        firmware = fields.firmware();
        recordingServer = fields.recordingServer();
        retentionDays = fields.retentionDays();
        ptz = fields.ptz();
    }

    @Override
    public CameraFields fields() {
        return new CameraFields(streamUrl, resolution, fps, poePort, vendor, model, firmware, recordingServer, retentionDays, ptz,
                Times.fromColumn(lastSeen));
    }

    @Override
    public long assetId() {
        return assetId;
    }

    @Override
    public long version() {
        return version;
    }
}
