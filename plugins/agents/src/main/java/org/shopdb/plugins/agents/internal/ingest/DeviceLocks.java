package org.shopdb.plugins.agents.internal.ingest;

import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

import org.osgi.service.component.annotations.Component;

/**
 * Serialises the inventories of one device: an agent whose previous run is still being stored
 * waits for it rather than racing it for the same rows. Striped, so memory stays bounded
 * whatever the number of agents; two devices sharing a stripe merely wait for each other.
 * One instance serves computer and network device inventories alike, so an agent's two
 * tasks never race each other for its bookkeeping row.
 */
@Component(service = DeviceLocks.class)
public class DeviceLocks {

    static final int STRIPES = 256;

    private final ReentrantLock[] stripes;

    public DeviceLocks() {
        this(STRIPES);
    }

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
