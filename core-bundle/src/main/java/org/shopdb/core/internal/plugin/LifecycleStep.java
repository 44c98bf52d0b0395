package org.shopdb.core.internal.plugin;

import org.osgi.framework.Version;

/** What starting a plugin version means for a database, given what the database last saw. */
public enum LifecycleStep {
    /** Never seen: call the install hook. */
    INSTALL,
    /** Seen at another version (older or newer): call the upgrade hook. */
    UPGRADE,
    /** Uninstalled before and back at the same version: its data is there, nothing to call. */
    REINSTALL,
    /** Seen at this version: nothing to do. */
    NONE;

    /**
     * @param lastSeenVersion the version in {@code plugins}, or {@code null} when there is no row
     * @param uninstalled     whether that row says uninstalled
     */
    static LifecycleStep decide(String lastSeenVersion, boolean uninstalled, String version) {
        if (lastSeenVersion == null) {
            return INSTALL;
        }
        if (!sameVersion(lastSeenVersion, version)) {
            return UPGRADE;
        }
        return uninstalled ? REINSTALL : NONE;
    }

    /** Whether going from one version to the other goes back (both OSGi versions; otherwise not). */
    static boolean isDowngrade(String from, String to) {
        try {
            return Version.parseVersion(to).compareTo(Version.parseVersion(from)) < 0;
        } catch (IllegalArgumentException notAnOsgiVersion) {
            return false;
        }
    }

    /** Versions compare as OSGi versions, so {@code 1.2} and {@code 1.2.0} are the same. */
    static boolean sameVersion(String a, String b) {
        try {
            return Version.parseVersion(a).equals(Version.parseVersion(b));
        } catch (IllegalArgumentException notAnOsgiVersion) {
            return a.equals(b);
        }
    }
}
