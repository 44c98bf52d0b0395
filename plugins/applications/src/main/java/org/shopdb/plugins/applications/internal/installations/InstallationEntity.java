package org.shopdb.plugins.applications.internal.installations;

import java.time.LocalDate;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;

import org.shopdb.plugins.applications.internal.VersionKey;

/**
 * A row of {@code installations}: one application installed on one computer (the computer's
 * asset is {@code assetid}), in one version. Besides the version as reported it keeps the
 * version's {@link VersionKey} (for "below version Y") and a search label, the application's
 * name with the version ({@link SoftwareLabel}).
 */
@Entity
@Table(name = "installations")
public class InstallationEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "installationid")
    private Long installationId;

    @Column(name = "assetid", nullable = false)
    private long computerId;

    @Column(name = "applicationid", nullable = false)
    private long applicationId;

    @Column(name = "version")
    private String version;

    @Column(name = "versionkey", nullable = false)
    private String versionKey;

    @Column(name = "installdate")
    private LocalDate installDate;

    @Column(name = "software", nullable = false)
    private String software;

    protected InstallationEntity() {
    }

    InstallationEntity(long computerId, long applicationId, Installed installed, String applicationName) {
        this.computerId = computerId;
        this.applicationId = applicationId;
        set(installed, applicationName);
    }

    /** Takes the version and install date, and relabels for search. */
    final void set(Installed installed, String applicationName) {
        version = installed.version();
        versionKey = VersionKey.of(installed.version());
        installDate = installed.installDate();
        relabel(applicationName);
    }

    void relabel(String applicationName) {
        software = SoftwareLabel.of(applicationName, version);
    }

    long installationId() {
        return installationId;
    }

    long computerId() {
        return computerId;
    }

    long applicationId() {
        return applicationId;
    }

    String software() {
        return software;
    }

    Installed installed() {
        return new Installed(version, installDate);
    }
}
