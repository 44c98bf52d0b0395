package org.shopdb.plugins.agents.internal.ingest;

import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * Serialises the inventories of one device: an agent whose previous run is still being stored
 * waits for it rather than racing it for the same rows. Striped, so memory stays bounded
 * whatever the number of agents; two devices sharing a stripe merely wait for each other.
 */
final class DeviceLocks {

    private final ReentrantLock[] stripes;

    DeviceLocks(int count) {
        stripes = new ReentrantLock[count];
        for (int i = 0; i < count; i++) {
            stripes[i] = new ReentrantLock();
        }
    }

    <T> T with(String deviceId, Supplier<T> work) {
        ReentrantLock lock = stripes[Math.floorMod(deviceId.hashCode(), stripes.length)];
        lock.lock();
        try {
            return work.get();
        } finally {
            lock.unlock();
        }
    }
}
