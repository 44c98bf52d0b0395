package org.shopdb.plugins.agents.internal.ingest;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import javax.persistence.EntityManager;
import javax.persistence.EntityManagerFactory;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.shopdb.api.paging.Page;
import org.shopdb.api.paging.PageRequest;
import org.shopdb.api.schema.SchemaReady;
import org.shopdb.api.tx.UnitOfWork;
import org.shopdb.plugins.agents.internal.mapping.KnownIdentity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@code agents} table, in the caller's {@link UnitOfWork} transaction. Counters move in
 * SQL ({@code inventories = inventories + 1}), so concurrent requests lose no count; a row is
 * created by the first request of a device.
 */
@Component(service = AgentRepository.class)
public class AgentRepository {

    private static final Logger LOG = LoggerFactory.getLogger(AgentRepository.class);

    static final String UNIT = "(osgi.unit.name=shopdb-agents)";
    static final String OWNER = "org.shopdb.plugins.agents";
    static final String SCHEMA_READY = "(" + SchemaReady.OWNER + "=" + OWNER + ")";
    static final int MAX_ERROR = 2000;
    static final String CONTACTED = "contacted";
    static final String FAILED = "failed";

    private final EntityManagerFactory entityManagers;
    private final UnitOfWork unitOfWork;

    @Activate
    public AgentRepository(@Reference(target = UNIT) EntityManagerFactory entityManagers, @Reference UnitOfWork unitOfWork,
            @Reference(target = SCHEMA_READY) SchemaReady schema) {
        this.entityManagers = entityManagers;
        this.unitOfWork = unitOfWork;
    }

    public Optional<Agent> find(String deviceId) {
        return unitOfWork.withEntityManager(entityManagers, em -> em
                .createQuery("select a from AgentEntity a where a.deviceId = :deviceId", AgentEntity.class)
                .setParameter("deviceId", deviceId).getResultList().stream().findFirst().map(AgentEntity::toAgent));
    }

    /** A prolog or GLPI contact: the agent is there; nothing else changes. */
    public void recordContact(AgentContact contact) {
        unitOfWork.withEntityManager(entityManagers, em -> {
            int updated = em.createNativeQuery("UPDATE agents SET lastcontact = ?, protocol = ?, agentversion = COALESCE(?, agentversion),"
                    + " remoteaddress = ? WHERE deviceid = ?")
                    .setParameter(1, column(contact.at())).setParameter(2, contact.protocol()).setParameter(3, contact.agentVersion())
                    .setParameter(4, contact.remoteAddress()).setParameter(5, contact.deviceId()).executeUpdate();
            if (updated == 0) {
                insert(em, contact, CONTACTED);
            }
            return null;
        });
    }

    /** An inventory that landed: what it did to the computer, its identity and its counts. */
    public void recordInventory(AgentContact contact, KnownIdentity identity, long assetId, String result, Integer softwareCount,
            Integer addressCount) {
        unitOfWork.withEntityManager(entityManagers, em -> {
            if (find(em, contact.deviceId()).isEmpty()) {
                insert(em, contact, result);
            }
            em.createNativeQuery("UPDATE agents SET lastcontact = ?, lastinventory = ?, protocol = ?,"
                    + " agentversion = COALESCE(?, agentversion), remoteaddress = ?, hostname = ?, hardwareuuid = COALESCE(?, hardwareuuid),"
                    + " serialnumber = COALESCE(?, serialnumber), assetid = ?, lastresult = ?, lasterror = NULL,"
                    + " inventories = inventories + 1, softwarecount = COALESCE(?, softwarecount), addresscount = COALESCE(?, addresscount)"
                    + " WHERE deviceid = ?")
                    .setParameter(1, column(contact.at())).setParameter(2, column(contact.at())).setParameter(3, contact.protocol())
                    .setParameter(4, contact.agentVersion()).setParameter(5, contact.remoteAddress()).setParameter(6, identity.hostname())
                    .setParameter(7, identity.hardwareUuid()).setParameter(8, identity.serialNumber()).setParameter(9, assetId)
                    .setParameter(10, result).setParameter(11, softwareCount).setParameter(12, addressCount)
                    .setParameter(13, contact.deviceId()).executeUpdate();
            return null;
        });
    }

    /**
     * A network device or printer inventory that landed: the agent's contact, count and result move;
     * its identity and asset (the computer it runs on) stay, since one agent inventories many devices.
     */
    public void recordDeviceInventory(AgentContact contact, String result) {
        unitOfWork.withEntityManager(entityManagers, em -> {
            if (find(em, contact.deviceId()).isEmpty()) {
                insert(em, contact, result);
            }
            em.createNativeQuery("UPDATE agents SET lastcontact = ?, lastinventory = ?, protocol = ?, agentversion = COALESCE(?, agentversion),"
                    + " remoteaddress = ?, lastresult = ?, lasterror = NULL, inventories = inventories + 1 WHERE deviceid = ?")
                    .setParameter(1, column(contact.at())).setParameter(2, column(contact.at())).setParameter(3, contact.protocol())
                    .setParameter(4, contact.agentVersion()).setParameter(5, contact.remoteAddress()).setParameter(6, result)
                    .setParameter(7, contact.deviceId()).executeUpdate();
            return null;
        });
    }

    /** The boot time last sent for the agent's computer ({@code null} for none). */
    public Optional<Instant> lastBoot(String deviceId) {
        return unitOfWork.withEntityManager(entityManagers, em -> em.createNativeQuery("SELECT lastboot FROM agents WHERE deviceid = ?")
                .setParameter(1, deviceId).getResultList().stream().filter(java.util.Objects::nonNull).findFirst()
                .map(AgentRepository::instant));
    }

    /** Remembers the boot time sent for the agent's computer; the agent's row exists ({@link #recordInventory} made it). */
    public void recordBoot(String deviceId, Instant lastBoot) {
        unitOfWork.withEntityManager(entityManagers, em -> em.createNativeQuery("UPDATE agents SET lastboot = ? WHERE deviceid = ?")
                .setParameter(1, column(lastBoot)).setParameter(2, deviceId).executeUpdate());
    }

    /**
     * {@link #recordFailure} in a transaction of its own, for a refusal already decided: a failure to
     * record it is logged, never thrown, so the agent still gets the refusal's own answer.
     */
    public void recordRefusal(AgentContact contact, String error) {
        try {
            unitOfWork.required(() -> {
                recordFailure(contact, error);
                return null;
            });
        } catch (RuntimeException bookkeeping) {
            LOG.warn("Could not record the failed inventory of agent {}: {}", contact.deviceId(), bookkeeping.getMessage());
        }
    }

    /** An inventory that was refused: why, for the operator. */
    public void recordFailure(AgentContact contact, String error) {
        String message = error == null ? "refused" : error.length() > MAX_ERROR ? error.substring(0, MAX_ERROR) : error;
        unitOfWork.withEntityManager(entityManagers, em -> {
            if (find(em, contact.deviceId()).isEmpty()) {
                insert(em, contact, FAILED);
            }
            em.createNativeQuery("UPDATE agents SET lastcontact = ?, protocol = ?, agentversion = COALESCE(?, agentversion),"
                    + " remoteaddress = ?, lastresult = ?, lasterror = ?, failures = failures + 1 WHERE deviceid = ?")
                    .setParameter(1, column(contact.at())).setParameter(2, contact.protocol()).setParameter(3, contact.agentVersion())
                    .setParameter(4, contact.remoteAddress()).setParameter(5, FAILED).setParameter(6, message)
                    .setParameter(7, contact.deviceId()).executeUpdate();
            return null;
        });
    }

    /** Agents, the most recently heard from first. */
    public Page<Agent> list(PageRequest page) {
        return unitOfWork.withEntityManager(entityManagers, em -> {
            long total = em.createQuery("select count(a) from AgentEntity a", Long.class).getSingleResult();
            List<Agent> agents = em.createQuery("select a from AgentEntity a order by a.lastContact desc, a.agentId desc", AgentEntity.class)
                    .setFirstResult(page.offset()).setMaxResults(page.perPage()).getResultList().stream().map(AgentEntity::toAgent).toList();
            return new Page<>(agents, page.page(), page.perPage(), total);
        });
    }

    private static Optional<Object> find(EntityManager em, String deviceId) {
        return em.createNativeQuery("SELECT agentid FROM agents WHERE deviceid = ?").setParameter(1, deviceId).getResultList().stream().findFirst();
    }

    private static void insert(EntityManager em, AgentContact contact, String result) {
        em.createNativeQuery("INSERT INTO agents (deviceid, protocol, agentversion, remoteaddress, firstcontact, lastcontact, lastresult,"
                + " inventories, failures) VALUES (?, ?, ?, ?, ?, ?, ?, 0, 0)")
                .setParameter(1, contact.deviceId()).setParameter(2, contact.protocol()).setParameter(3, contact.agentVersion())
                .setParameter(4, contact.remoteAddress()).setParameter(5, column(contact.at())).setParameter(6, column(contact.at()))
                .setParameter(7, result).executeUpdate();
    }

    /** A DATETIME read by a native query: {@code Timestamp} or {@code LocalDateTime} depending on the driver. */
    private static Instant instant(Object column) {
        if (column instanceof java.sql.Timestamp timestamp) {
            return timestamp.toLocalDateTime().toInstant(ZoneOffset.UTC);
        }
        if (column instanceof LocalDateTime dateTime) {
            return dateTime.toInstant(ZoneOffset.UTC);
        }
        throw new IllegalStateException("agents.lastboot read as " + column.getClass().getName());
    }

    static LocalDateTime column(Instant instant) {
        return instant == null ? null : LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
