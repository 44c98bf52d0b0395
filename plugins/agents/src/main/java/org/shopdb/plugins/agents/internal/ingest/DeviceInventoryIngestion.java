package org.shopdb.plugins.agents.internal.ingest;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.shopdb.api.audit.Actor;
import org.shopdb.api.collector.CollectorService;
import org.shopdb.api.collector.CollectorUnavailableException;
import org.shopdb.api.error.ConflictException;
import org.shopdb.api.error.NotFoundException;
import org.shopdb.api.error.ValidationException;
import org.shopdb.api.plugin.CollectorOutcome;
import org.shopdb.api.tx.UnitOfWork;
import org.shopdb.plugins.agents.internal.inventory.DeviceInventory;
import org.shopdb.plugins.agents.internal.inventory.DeviceKind;
import org.shopdb.plugins.agents.internal.mapping.NetworkRecords;
import org.shopdb.plugins.agents.internal.mapping.PrinterRecords;
import org.shopdb.plugins.agents.internal.protocol.AgentRequestException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stores one network device or printer inventory: its record through the collector of the
 * plugin that keeps such devices (network, printers), and the reporting agent's bookkeeping, in
 * one transaction. The agent's own identity (the computer it runs on) is left as it is: one
 * agent inventories many devices. Without the plugin the inventory is refused naming it.
 */
@Component(service = DeviceInventoryIngestion.class)
public class DeviceInventoryIngestion {

    private static final Logger LOG = LoggerFactory.getLogger(DeviceInventoryIngestion.class);

    private final CollectorService collectors;
    private final UnitOfWork unitOfWork;
    private final AgentRepository agents;
    private final DeviceLocks locks;

    @Activate
    public DeviceInventoryIngestion(@Reference CollectorService collectors, @Reference UnitOfWork unitOfWork,
            @Reference AgentRepository agents, @Reference DeviceLocks locks) {
        this.collectors = collectors;
        this.unitOfWork = unitOfWork;
        this.agents = agents;
        this.locks = locks;
    }

    /**
     * @throws AgentRequestException 503 naming the plugin when its collector is not there, 422 naming the
     *         fields when the inventory or the collector's record is refused, 409 after lost races
     */
    public DeviceIngestResult ingest(Actor actor, DeviceInventory device, AgentContact contact) {
        DeviceKind kind = device.kind();
        return locks.with(contact.deviceId(), () -> {
            try {
                if (!collectors.available(kind.collector())) {
                    throw new CollectorUnavailableException("the " + kind.collector() + " plugin is not installed");
                }
                Map<String, Object> record = kind == DeviceKind.NETWORK ? NetworkRecords.network(device) : PrinterRecords.printer(device);
                return withRetries(actor, kind, record, contact);
            } catch (ValidationException refused) {
                agents.recordRefusal(contact, refused.getMessage());
                throw AgentRequestException.invalid("The " + kind.itemtype() + " inventory was refused: nothing was stored", refused.errors());
            } catch (ConflictException raced) {
                agents.recordRefusal(contact, raced.getMessage());
                throw new AgentRequestException(409, raced.code(), "The inventory was not stored: " + raced.getMessage(), List.of());
            } catch (NotFoundException | CollectorUnavailableException missing) {
                String reason = kind.itemtype() + " inventories need the " + kind.collector() + " plugin, which is not installed"
                        + " (feature:install " + kind.feature() + ")";
                agents.recordRefusal(contact, reason);
                throw new AgentRequestException(503, "unavailable", "Inventories cannot be stored now: " + reason, List.of());
            }
        });
    }

    private DeviceIngestResult withRetries(Actor actor, DeviceKind kind, Map<String, Object> record, AgentContact contact) {
        for (int attempt = 1;; attempt++) {
            try {
                int current = attempt;
                return unitOfWork.required(() -> store(actor, kind, record, contact, current));
            } catch (RuntimeException failure) {
                if (attempt >= InventoryIngestion.ATTEMPTS || !Retryable.isRetryable(failure)) {
                    throw failure;
                }
                LOG.debug("Device inventory from {} lost a race (attempt {}), trying again: {}", contact.deviceId(), attempt, failure.getMessage());
            }
        }
    }

    private DeviceIngestResult store(Actor actor, DeviceKind kind, Map<String, Object> record, AgentContact contact, int attempt) {
        CollectorOutcome outcome = collectors.ingest(actor, kind.collector(), List.of(record)).get(0);
        String result = outcome.result().name().toLowerCase(Locale.ROOT);
        agents.recordDeviceInventory(contact, result);
        return new DeviceIngestResult(contact.deviceId(), kind.collector(), (String) record.get("ipaddress"), outcome.assetId(), result,
                count(record.get("ports")), count(record.get("supplies")), attempt);
    }

    private static Integer count(Object list) {
        return list instanceof List<?> entries ? entries.size() : null;
    }
}
