package org.shopdb.core.internal.plugin;

import java.time.LocalDateTime;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

import org.shopdb.core.internal.persistence.CorePersistence;

/** A row of {@code plugins}: the version of a plugin this database last saw, and when it changed. */
@Entity
@Table(name = "plugins")
public class PluginRecordEntity {

    static final String INSTALLED = "installed";
    static final String UNINSTALLED = "uninstalled";

    @Id
    @Column(name = "pluginname", length = 31)
    private String name;

    @Column(name = "pluginversion", nullable = false, length = 64)
    private String version;

    @Column(name = "pluginstate", nullable = false, length = 20)
    private String state;

    @Column(name = "installeddate", nullable = false)
    private LocalDateTime installedDate;

    @Column(name = "upgradeddate")
    private LocalDateTime upgradedDate;

    @Column(name = "uninstalleddate")
    private LocalDateTime uninstalledDate;

    protected PluginRecordEntity() {
    }

    PluginRecordEntity(String name, String version, LocalDateTime now) {
        this.name = name;
        this.version = version;
        this.state = INSTALLED;
        this.installedDate = now;
    }

    String version() {
        return version;
    }

    boolean isUninstalled() {
        return UNINSTALLED.equals(state);
    }

    void upgraded(String newVersion, LocalDateTime now) {
        version = newVersion;
        state = INSTALLED;
        upgradedDate = now;
        uninstalledDate = null;
    }

    void reinstalled() {
        state = INSTALLED;
        uninstalledDate = null;
    }

    void uninstalled(LocalDateTime now) {
        state = UNINSTALLED;
        uninstalledDate = now;
    }

    PluginRecord toRecord() {
        return new PluginRecord(name, version, isUninstalled(), CorePersistence.fromColumn(installedDate),
                CorePersistence.fromColumn(upgradedDate), CorePersistence.fromColumn(uninstalledDate));
    }
}
