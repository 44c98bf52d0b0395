package org.shopdb.launch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class KarafJvmOptionsTest {

    @Test
    void theDistributionsKarafVersionIsFilteredIn() {
        String version = KarafJvmOptions.distributionKarafVersion();
        assertTrue(version.matches("\\d+\\.\\d+\\.\\d+.*"), version);
    }

    @Test
    void patchesTheSpecLocatorIntoJavaBaseFromTheEndorsedFolder() {
        List<String> options = KarafJvmOptions.of("4.4.10");
        assertTrue(options.contains("--patch-module=java.base=lib/endorsed/org.apache.karaf.specs.locator-4.4.10.jar"), options.toString());
        assertTrue(options.contains("--patch-module=java.xml=lib/endorsed/org.apache.karaf.specs.java.xml-4.4.10.jar"), options.toString());
        assertTrue(options.contains("--add-exports=java.base/org.apache.karaf.specs.locator=java.xml,ALL-UNNAMED"), options.toString());
    }

    @Test
    void everyOptionIsOneArgumentAsAVmOptionMustBe() {
        List<String> options = KarafJvmOptions.ofTheDistribution();
        assertEquals(options.size(), options.stream().distinct().count(), "no option twice");
        options.forEach(option -> assertTrue(option.startsWith("--") && option.contains("=") && !option.contains(" "), option));
    }
}
