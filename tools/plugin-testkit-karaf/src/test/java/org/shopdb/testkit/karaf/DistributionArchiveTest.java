package org.shopdb.testkit.karaf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DistributionArchiveTest {

    private static final String REMOTE_REPOSITORIES = "org.ops4j.pax.url.mvn.repositories";

    @TempDir
    Path folder;

    @AfterEach
    void forgetTheProperties() {
        System.clearProperty(DistributionArchive.PROPERTY);
        System.clearProperty(REMOTE_REPOSITORIES);
    }

    @Test
    void byDefaultItIsTheAssemblyOfTheKitsOwnShopdbRelease() {
        assertTrue(DistributionArchive.kitVersion().matches("\\d+\\.\\d+\\.\\d+(-SNAPSHOT)?"), DistributionArchive.kitVersion());
        assertEquals("mvn:org.shopdb/shopdb-assembly/" + DistributionArchive.kitVersion() + "/tar.gz", DistributionArchive.defaultLocation());
    }

    @Test
    void thePropertyNamesAnotherArchiveByPathOrFileUrl() throws IOException {
        Path archive = Files.createFile(folder.resolve("shopdb-assembly-9.9.9.tar.gz"));
        System.setProperty(DistributionArchive.PROPERTY, archive.toString());
        assertEquals(archive.toAbsolutePath(), DistributionArchive.resolve());
        System.setProperty(DistributionArchive.PROPERTY, archive.toUri().toString());
        assertEquals(archive.toAbsolutePath(), DistributionArchive.resolve());
    }

    @Test
    void aMissingArchiveIsNamedWithTheWayToGiveIt() {
        System.setProperty(DistributionArchive.PROPERTY, folder.resolve("nothing.tar.gz").toString());
        IllegalStateException missing = assertThrows(IllegalStateException.class, DistributionArchive::resolve);
        assertTrue(missing.getMessage().contains("No ShopDB distribution at") && missing.getMessage().contains(DistributionArchive.PROPERTY),
                missing.getMessage());
    }

    @Test
    void coordinatesMavenCannotResolveSayHowToInstallShopdb() {
        System.setProperty(REMOTE_REPOSITORIES, "");
        System.setProperty(DistributionArchive.PROPERTY, "mvn:org.shopdb/shopdb-assembly/0.0.0-nosuchversion/tar.gz");
        IllegalStateException missing = assertThrows(IllegalStateException.class, DistributionArchive::resolve);
        assertTrue(missing.getMessage().contains("is not in the Maven repository") && missing.getMessage().contains("mvn install"),
                missing.getMessage());
    }
}
