package org.shopdb.plugins.computers.internal.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

class ComputerDemoDataTest {

    private static List<Map<String, Object>> demo(long seed, boolean machinesLoaded) {
        Random random = new Random(seed);
        return IntStream.range(0, 40).mapToObj(i -> ComputerDemoData.computer(i, 7L, random,
                n -> machinesLoaded ? Optional.of(String.format(ComputerDemoData.MACHINE, n + 1)) : Optional.empty())).toList();
    }

    @Test
    void theSameSeedGivesTheSamePcs() {
        assertEquals(demo(42, true), demo(42, true));
    }

    @Test
    void controllerAndCmmPcsControlTheirDemoMachineWhenTheDemoHasIt() {
        List<Map<String, Object>> pcs = demo(42, true);
        for (int i = 0; i < pcs.size(); i++) {
            Map<String, Object> pc = pcs.get(i);
            boolean controlling = Set.of("machinecontroller", "cmm").contains(pc.get("role"));
            assertEquals(controlling, pc.containsKey("controls"), pc.toString());
            if (controlling) {
                assertEquals(List.of(String.format("M-DEMO-%03d", i + 1)), pc.get("controls"));
            }
        }
        assertTrue(pcs.stream().anyMatch(pc -> pc.containsKey("controls")), "some demo PCs control machines");
        assertFalse(demo(42, false).stream().anyMatch(pc -> pc.containsKey("controls")), "none without the equipment demo");
    }

    @Test
    void everyPcHasItsNameItsAddressAndOneInTwentyWentSilent() {
        List<Map<String, Object>> pcs = demo(42, false);
        assertEquals("pc-demo-001", pcs.get(0).get("hostname"));
        assertTrue(pcs.stream().allMatch(pc -> pc.get("addresses") instanceof List<?> addresses && addresses.size() == 1));
        assertEquals(2, pcs.stream().filter(pc -> pc.containsKey("inventoriedat")).count());
    }
}
