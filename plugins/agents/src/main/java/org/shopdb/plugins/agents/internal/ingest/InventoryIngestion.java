package org.shopdb.plugins.agents.internal.ingest;

import java.time.Instant;
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
import org.shopdb.api.error.ValidationException;
import org.shopdb.api.plugin.CollectorOutcome;
import org.shopdb.api.tx.UnitOfWork;
import org.shopdb.plugins.agents.internal.inventory.Inventory;
import org.shopdb.plugins.agents.internal.mapping.BootTime;
import org.shopdb.plugins.agents.internal.mapping.CollectorRecords;
import org.shopdb.plugins.agents.internal.mapping.KnownIdentity;
import org.shopdb.plugins.agents.internal.protocol.AgentRequestException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stores one inventory: the computer record and the applications record through the
 * collectors of the computers and applications plugins, and the agent's bookkeeping, all in
 * one transaction, so a computer never lands without its software or the other way round.
 * A refused inventory changes nothing but the agent's failure count and last error. A
 * transaction that lost a race (a unique value taken meanwhile, a deadlock) is tried again.
 * The inventories of one device are stored one after the other, and only a few at once
 * overall ({@link IngestionGate}), however many agents report at the same moment.
 */
@Component(service = InventoryIngestion.class)
public class InventoryIngestion {

    /** MariaDB under hundreds of agents: four stores at once deadlock on catalog, search-index and agents rows now and then. */
    static final int ATTEMPTS = 8;
    private static final Logger LOG = LoggerFactory.getLogger(InventoryIngestion.class);

    private final CollectorService collectors;
    private final UnitOfWork unitOfWork;
    private final AgentRepository agents;
    private final DeviceLocks locks;
    private final IngestionGate gate;

    @Activate
    public InventoryIngestion(@Reference CollectorService collectors, @Reference UnitOfWork unitOfWork, @Reference AgentRepository agents,
            @Reference DeviceLocks locks) {
        this(collectors, unitOfWork, agents, locks, AgentSettings.resolve(System::getenv));
    }

    InventoryIngestion(CollectorService collectors, UnitOfWork unitOfWork, AgentRepository agents) {
        this(collectors, unitOfWork, agents, new DeviceLocks(), AgentSettings.resolve(System::getenv));
    }

    InventoryIngestion(CollectorService collectors, UnitOfWork unitOfWork, AgentRepository agents, DeviceLocks locks, AgentSettings settings) {
        this.collectors = collectors;
        this.unitOfWork = unitOfWork;
        this.agents = agents;
        this.locks = locks;
        this.gate = new IngestionGate(settings.parallelInventories(), settings.queueTimeout());
    }

    /**
     * @throws AgentRequestException 422 naming the fields when the collectors refuse the inventory,
     *         503 with {@code Retry-After} when the computers or applications collector is not there
     *         (its plugin stopped, or being updated), or when the inventory waited too long for its turn
     */
    public IngestResult ingest(Actor actor, Inventory inventory, AgentContact contact) {
        return locks.with(contact.deviceId(), () -> {
            try {
                return gate.inTurn(() -> withRetries(actor, inventory, contact));
            } catch (AgentRequestException noTurn) {
                agents.recordRefusal(contact, noTurn.getMessage());
                throw noTurn;
            } catch (ValidationException refused) {
                agents.recordRefusal(contact, refused.getMessage());
                throw AgentRequestException.invalid("The inventory was refused: nothing was stored", refused.errors());
            } catch (ConflictException raced) {
                agents.recordRefusal(contact, raced.getMessage());
                throw new AgentRequestException(409, raced.code(), "The inventory was not stored: " + raced.getMessage(), List.of());
            } catch (CollectorUnavailableException unusable) {
                throw unavailable(contact, unusable.getMessage());
            } catch (RuntimeException failure) {
                String missing = missingCollector(inventory);
                if (missing == null) {
                    throw failure;
                }
                throw unavailable(contact, "the collector " + missing + " is not there (" + failure.getMessage() + ")");
            }
        });
    }

    /**
     * The computers or applications collector this inventory needs and that is gone, or {@code null}.
     * Whatever a collector's plugin throws while it stops for an update, that is why the inventory failed.
     */
    private String missingCollector(Inventory inventory) {
        if (!collectors.available(CollectorRecords.COMPUTERS)) {
            return CollectorRecords.COMPUTERS;
        }
        return inventory.hasSoftware() && !collectors.available(CollectorRecords.APPLICATIONS) ? CollectorRecords.APPLICATIONS : null;
    }

    private AgentRequestException unavailable(AgentContact contact, String reason) {
        agents.recordRefusal(contact, reason);
        return AgentRequestException.unavailable("Inventories cannot be stored now: " + reason
                + "; the computers and applications plugins (shopdb-computers, shopdb-applications) must be running");
    }

    /** A prolog (FusionInventory) or contact (GLPI Agent): recorded, nothing else. */
    public void contact(AgentContact contact) {
        locks.with(contact.deviceId(), () -> retried(contact, attempt -> {
            agents.recordContact(contact);
            return null;
        }));
    }

    private IngestResult withRetries(Actor actor, Inventory inventory, AgentContact contact) {
        return retried(contact, attempt -> store(actor, inventory, contact, attempt));
    }

    /** One transaction, tried again after a short random pause when it lost a race (a deadlock, a unique value taken meanwhile). */
    private <T> T retried(AgentContact contact, java.util.function.IntFunction<T> work) {
        for (int attempt = 1;; attempt++) {
            try {
                int current = attempt;
                return unitOfWork.required(() -> work.apply(current));
            } catch (RuntimeException failure) {
                if (attempt >= ATTEMPTS || !Retryable.isRetryable(failure)) {
                    throw failure;
                }
                LOG.debug("Transaction for agent {} lost a race (attempt {}), trying again: {}", contact.deviceId(), attempt, failure.getMessage());
                pause(attempt);
            }
        }
    }

    /** Random, growing with the attempt: the transactions that deadlocked together do not meet again at once. */
    private static void pause(int attempt) {
        try {
            Thread.sleep(java.util.concurrent.ThreadLocalRandom.current().nextLong(10, 50L * attempt));
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private IngestResult store(Actor actor, Inventory inventory, AgentContact contact, int attempt) {
        KnownIdentity known = agents.find(contact.deviceId()).map(Agent::identity).orElse(KnownIdentity.NONE);
        KnownIdentity identity = CollectorRecords.identity(inventory, known);
        Instant lastBoot = BootTime.steady(inventory.computer().lastBoot(), agents.lastBoot(contact.deviceId()).orElse(null));
        Map<String, Object> computerRecord = CollectorRecords.computer(inventory, identity, lastBoot);
        CollectorOutcome computer = collectors.ingest(actor, CollectorRecords.COMPUTERS, List.of(computerRecord)).get(0);
        String applications = null;
        if (inventory.hasSoftware()) {
            applications = name(collectors.ingest(actor, CollectorRecords.APPLICATIONS,
                    List.of(CollectorRecords.applications(inventory, identity))).get(0));
        }
        Integer software = inventory.hasSoftware() ? inventory.software().size() : null;
        Integer addresses = inventory.computer().addresses() == null ? null : inventory.computer().addresses().size();
        agents.recordInventory(contact, identity, computer.assetId(), name(computer), software, addresses);
        if (lastBoot != null) {
            agents.recordBoot(contact.deviceId(), lastBoot);
        }
        return new IngestResult(contact.deviceId(), identity.hostname(), computer.assetId(), name(computer), applications, software,
                addresses, attempt);
    }

    private static String name(CollectorOutcome outcome) {
        return outcome.result().name().toLowerCase(Locale.ROOT);
    }
}
