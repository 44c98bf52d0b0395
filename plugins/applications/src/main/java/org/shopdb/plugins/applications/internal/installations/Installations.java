package org.shopdb.plugins.applications.internal.installations;

import java.sql.Date;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import javax.persistence.EntityManager;
import javax.persistence.Query;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.shopdb.api.audit.Actor;
import org.shopdb.api.audit.AuditAction;
import org.shopdb.api.audit.AuditService;
import org.shopdb.api.audit.FieldChange;
import org.shopdb.api.audit.FieldChanges;
import org.shopdb.api.error.ConflictException;
import org.shopdb.api.error.NotFoundException;
import org.shopdb.api.error.ValidationException;
import org.shopdb.api.family.FamilyItem;
import org.shopdb.api.paging.Page;
import org.shopdb.api.search.SearchIndex;
import org.shopdb.plugins.applications.internal.ApplicationFields;
import org.shopdb.plugins.applications.internal.ApplicationStore;
import org.shopdb.plugins.computers.api.ComputerDirectory;

/**
 * The installations: which application runs on which computer, in which version. Every write
 * joins the caller's transaction and is audited as entity {@value #ENTITY} (created, a
 * version or install date changed old → new, deleted), attributed to the caller; and, as the
 * rows hold a search field ({@code software}), tells the core's search index which computer
 * changed.
 */
@Component(service = Installations.class)
public class Installations {

    public static final String ENTITY = "installation";

    private final ApplicationStore applications;
    private final AuditService audit;
    private final ComputerDirectory computers;
    private final SearchIndex searchIndex;

    @Activate
    public Installations(@Reference ApplicationStore applications, @Reference AuditService audit, @Reference ComputerDirectory computers,
            @Reference SearchIndex searchIndex) {
        this.applications = applications;
        this.audit = audit;
        this.computers = computers;
        this.searchIndex = searchIndex;
    }

    /** One page of installations with their computers and applications: two queries, and one for the hostnames. */
    public Page<Installation> list(InstallationQuery query) {
        InstallationQuery.SqlQuery sql = query.sql();
        return applications.unitOfWork().required(() -> {
            long total = applications.withEntityManager(em -> ((Number) bound(em.createNativeQuery(sql.total()), sql.parameters())
                    .getSingleResult()).longValue());
            List<?> rows = applications.withEntityManager(em -> bound(em.createNativeQuery(sql.page()), sql.parameters())
                    .setFirstResult(query.page().offset()).setMaxResults(query.page().perPage()).getResultList());
            return new Page<>(withHostnames(rows.stream().map(row -> installation((Object[]) row)).toList()), query.page().page(),
                    query.page().perPage(), total);
        });
    }

    /** @throws NotFoundException for an unknown installation */
    public Installation require(long installationId) {
        return applications.unitOfWork().required(() -> {
            List<?> rows = applications.withEntityManager(em -> bound(em.createNativeQuery(InstallationQuery.byId()), List.of(installationId))
                    .getResultList());
            if (rows.isEmpty()) {
                throw new NotFoundException(ENTITY, installationId);
            }
            return withHostnames(List.of(installation((Object[]) rows.get(0)))).get(0);
        });
    }

    /**
     * Records that {@code installed} of the application runs on the computer.
     *
     * @throws ValidationException naming {@code computerid} or {@code applicationid} when there is no such computer or catalog entry
     * @throws ConflictException   when the computer has the application already (change that installation instead)
     */
    public Installation create(Actor actor, long computerId, long applicationId, Installed installed) {
        return applications.unitOfWork().required(() -> {
            String hostname = hostname(computerId);
            FamilyItem<ApplicationFields> application = application(applicationId);
            if (current(computerId).containsKey(applicationId)) {
                throw new ConflictException("computer " + computerId + " has " + application.asset().name()
                        + " installed already; change that installation instead");
            }
            InstallationEntity row = applications.withEntityManager(em -> persisted(em, new InstallationEntity(computerId, applicationId,
                    installed, application.asset().name())));
            record(actor, AuditAction.CREATED, row, hostname, application.asset().name(), FieldChanges.between(null, created(row)));
            searchIndex.reindex(computerId);
            return require(row.installationId());
        });
    }

    /** Changes the version and install date; writes and audits only what differs. @throws NotFoundException for an unknown installation */
    public Installation change(Actor actor, long installationId, Installed installed) {
        return applications.unitOfWork().required(() -> {
            InstallationEntity row = row(installationId);
            Map<String, FieldChange> changes = FieldChanges.between(row.installed().byName(), installed.byName());
            if (!changes.isEmpty()) {
                String name = application(row.applicationId()).asset().name();
                applications.withEntityManager(em -> {
                    em.find(InstallationEntity.class, installationId).set(installed, name);
                    return null;
                });
                record(actor, AuditAction.UPDATED, row, hostname(row.computerId()), name, changes);
                searchIndex.reindex(row.computerId());
            }
            return require(installationId);
        });
    }

    /** @throws NotFoundException for an unknown installation */
    public void delete(Actor actor, long installationId) {
        applications.unitOfWork().required(() -> {
            InstallationEntity row = row(installationId);
            String name = application(row.applicationId()).asset().name();
            applications.withEntityManager(em -> {
                em.remove(em.find(InstallationEntity.class, installationId));
                return null;
            });
            record(actor, AuditAction.DELETED, row, hostname(row.computerId()), name, FieldChanges.between(created(row), null));
            searchIndex.reindex(row.computerId());
            return null;
        });
    }

    /**
     * Makes the computer's installations what an inventory reports: new ones created, changed
     * versions or install dates updated, and — for a {@code complete} report — those not reported
     * removed. Each change audited; nothing written when nothing differs.
     *
     * @param wanted what is installed, by application id, with the application's name
     */
    public SyncResult sync(Actor actor, long computerId, String hostname, Map<Long, Wanted> wanted, boolean complete) {
        return applications.unitOfWork().required(() -> {
            Map<Long, InstallationEntity> current = current(computerId);
            boolean changed = false;
            boolean relabelled = false;
            for (Map.Entry<Long, Wanted> entry : wanted.entrySet()) {
                InstallationEntity existing = current.get(entry.getKey());
                relabelled |= existing != null && !existing.software().equals(entry.getValue().label());
                changed |= upsert(actor, computerId, hostname, entry.getKey(), entry.getValue(), existing);
            }
            if (complete) {
                for (InstallationEntity gone : current.values()) {
                    if (!wanted.containsKey(gone.applicationId())) {
                        String name = application(gone.applicationId()).asset().name();
                        applications.withEntityManager(em -> {
                            em.remove(em.find(InstallationEntity.class, gone.installationId()));
                            return null;
                        });
                        record(actor, AuditAction.DELETED, gone, hostname, name, FieldChanges.between(created(gone), null));
                        changed = true;
                    }
                }
            }
            if (changed || relabelled) {
                searchIndex.reindex(computerId);
            }
            return new SyncResult(current.isEmpty(), changed);
        });
    }

    /** After a catalog entry's rename: its installations' search labels follow (derived data, not audited), and the search index with them. */
    public void relabel(long applicationId, String name) {
        List<Long> relabelled = applications.withEntityManager(em -> {
            List<Long> computerIds = new java.util.ArrayList<>();
            for (InstallationEntity row : em.createQuery("select i from InstallationEntity i where i.applicationId = :application",
                    InstallationEntity.class).setParameter("application", applicationId).getResultList()) {
                if (!row.software().equals(SoftwareLabel.of(name, row.installed().version()))) {
                    row.relabel(name);
                    computerIds.add(row.computerId());
                }
            }
            return computerIds;
        });
        relabelled.forEach(searchIndex::reindex);
    }

    private boolean upsert(Actor actor, long computerId, String hostname, long applicationId, Wanted wanted, InstallationEntity existing) {
        if (existing == null) {
            InstallationEntity row = applications.withEntityManager(em -> persisted(em,
                    new InstallationEntity(computerId, applicationId, wanted.installed(), wanted.applicationName())));
            record(actor, AuditAction.CREATED, row, hostname, wanted.applicationName(), FieldChanges.between(null, created(row)));
            return true;
        }
        Map<String, FieldChange> changes = FieldChanges.between(existing.installed().byName(), wanted.installed().byName());
        if (changes.isEmpty() && wanted.label().equals(existing.software())) {
            return false;
        }
        applications.withEntityManager(em -> {
            em.find(InstallationEntity.class, existing.installationId()).set(wanted.installed(), wanted.applicationName());
            return null;
        });
        if (changes.isEmpty()) {
            return false;
        }
        record(actor, AuditAction.UPDATED, existing, hostname, wanted.applicationName(), changes);
        return true;
    }

    /** The computer's installations by application id. */
    private Map<Long, InstallationEntity> current(long computerId) {
        List<InstallationEntity> rows = applications.withEntityManager(em -> em
                .createQuery("select i from InstallationEntity i where i.computerId = :computer", InstallationEntity.class)
                .setParameter("computer", computerId).getResultList());
        Map<Long, InstallationEntity> byApplication = new LinkedHashMap<>();
        rows.forEach(row -> byApplication.put(row.applicationId(), row));
        return byApplication;
    }

    private InstallationEntity row(long installationId) {
        return Optional.ofNullable(applications.withEntityManager(em -> em.find(InstallationEntity.class, installationId)))
                .orElseThrow(() -> new NotFoundException(ENTITY, installationId));
    }

    private String hostname(long computerId) {
        String hostname = computers.hostnames(List.of(computerId)).get(computerId);
        if (hostname == null) {
            throw ValidationException.of("computerid", "no computer has id " + computerId);
        }
        return hostname;
    }

    private FamilyItem<ApplicationFields> application(long applicationId) {
        return applications.store().find(applicationId)
                .orElseThrow(() -> ValidationException.of("applicationid", "no application has id " + applicationId));
    }

    private void record(Actor actor, AuditAction action, InstallationEntity row, String hostname, String application,
            Map<String, FieldChange> changes) {
        audit.record(actor, action, ENTITY, String.valueOf(row.installationId()), hostname + ": " + application, changes);
    }

    /** The values an audit row of a new or deleted installation lists. */
    private static Map<String, Object> created(InstallationEntity row) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("computerid", row.computerId());
        values.put("applicationid", row.applicationId());
        values.putAll(row.installed().byName());
        return values;
    }

    private static InstallationEntity persisted(EntityManager em, InstallationEntity row) {
        em.persist(row);
        em.flush();
        return row;
    }

    private List<Installation> withHostnames(List<Installation> page) {
        Map<Long, String> hostnames = computers.hostnames(page.stream().map(Installation::computerId).distinct().toList());
        return page.stream().map(installation -> installation.withHostname(hostnames.get(installation.computerId()))).toList();
    }

    private static Installation installation(Object[] row) {
        return new Installation(((Number) row[0]).longValue(), ((Number) row[1]).longValue(), (String) row[2], (String) row[3],
                null, ((Number) row[4]).longValue(), (String) row[5], (String) row[6], (String) row[7], date(row[8]));
    }

    private static LocalDate date(Object value) {
        if (value instanceof LocalDate date) {
            return date;
        }
        return value instanceof Date date ? date.toLocalDate() : null;
    }

    private static Query bound(Query query, List<Object> parameters) {
        for (int i = 0; i < parameters.size(); i++) {
            query.setParameter(i + 1, parameters.get(i));
        }
        return query;
    }

    /** What a report wants installed of one application. */
    public record Wanted(Installed installed, String applicationName) {
        public Wanted {
            Objects.requireNonNull(applicationName, "applicationName");
        }

        /** The search label the installation gets. */
        String label() {
            return SoftwareLabel.of(applicationName, installed.version());
        }
    }

    /**
     * What a sync did.
     *
     * @param first   the computer had no installations before
     * @param changed anything was created, changed or removed
     */
    public record SyncResult(boolean first, boolean changed) {
    }
}
