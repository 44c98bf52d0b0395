package org.shopdb.core.internal.family;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import javax.persistence.OptimisticLockException;

import org.shopdb.api.asset.Asset;
import org.shopdb.api.asset.NetworkAddress;
import org.shopdb.api.audit.Actor;
import org.shopdb.api.audit.AuditAction;
import org.shopdb.api.audit.FieldChange;
import org.shopdb.api.audit.FieldChanges;
import org.shopdb.api.error.ConflictException;
import org.shopdb.api.error.NotFoundException;
import org.shopdb.api.error.StaleVersionException;
import org.shopdb.api.error.ValidationException;
import org.shopdb.api.family.AssetFamily;
import org.shopdb.api.family.FamilyFields;
import org.shopdb.api.family.FamilyItem;
import org.shopdb.api.family.FamilyQuery;
import org.shopdb.api.family.FamilyRows;
import org.shopdb.api.family.FamilyRows.StoredRow;
import org.shopdb.api.family.FamilyStore;
import org.shopdb.api.family.Lookup;
import org.shopdb.api.family.PrimaryAddress;
import org.shopdb.api.family.Times;
import org.shopdb.api.paging.Page;
import org.shopdb.api.plugin.CollectorOutcome;
import org.shopdb.api.plugin.WidgetData;
import org.shopdb.api.reference.Location;
import org.shopdb.core.internal.persistence.ConstraintViolations;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The core's {@link FamilyStore}: one plugin's family, written through the core services. */
final class CoreFamilyStore<F extends Record & FamilyFields> implements FamilyStore<F> {

    private static final Logger LOG = LoggerFactory.getLogger(CoreFamilyStore.class);

    /** A collector names an item with these only when it is new: the site's numbering and naming win. */
    private static final List<String> CREATION_ONLY = List.of("assetnumber", "name");

    private final FamilyDefinition<F> definition;
    private final AssetFamily<F> family;
    private final FamilyRows<F> rows;
    private final CoreServices core;
    private final ItemChecks<F> checks;
    private final FamilyLookups<F> lookups;
    private final FamilyCounts<F> counts;
    private final FamilyRelations relations;

    CoreFamilyStore(FamilyDefinition<F> definition, FamilyRows<F> rows, CoreServices core) {
        this.definition = definition;
        this.family = definition.family();
        this.rows = rows;
        this.core = core;
        this.checks = new ItemChecks<>(definition);
        this.lookups = new FamilyLookups<>(definition, core.sql());
        this.counts = new FamilyCounts<>(definition, core.sql());
        this.relations = new FamilyRelations(family.relationshipFields(), core.sql());
    }

    @Override
    public AssetFamily<F> family() {
        return family;
    }

    @Override
    public Page<FamilyItem<F>> list(FamilyQuery query) {
        FamilyListSql sql = new FamilyListSql(definition, query, locationPath(query.locationId()));
        return core.unitOfWork().required(() -> {
            long total = core.sql().count(sql.countSql(), sql.parameters());
            List<Long> ids = core.sql().rows(sql.idsSql(), sql.parameters(), query.page().offset(), query.page().perPage()).stream()
                    .map(id -> ((Number) id).longValue()).toList();
            List<FamilyItem<F>> items = loadAll(ids).stream().map(LoadedItem::item).toList();
            return new Page<>(items, query.page().page(), query.page().perPage(), total);
        });
    }

    @Override
    public Optional<FamilyItem<F>> find(long assetId) {
        return load(assetId).map(LoadedItem::item);
    }

    @Override
    public FamilyItem<F> create(Actor actor, Map<String, ?> values) {
        ItemValues<F> wanted = checks.checked(values, null);
        return refusingClashes(() -> core.unitOfWork().required(() -> {
            requireUnique(wanted, null);
            // The install hook seeds the type too, but on a worker thread of the core's: a write must not depend on when that ran.
            core.types().ensure(family.typeCode(), family.typeName(), family.owner());
            Asset asset = core.assets().create(actor, wanted.common().toNewAsset(family.typeCode()));
            rows.insert(asset.assetId(), wanted.fields());
            audit(actor, AuditAction.CREATED, asset, FieldChanges.between(null, wanted.fields().byName()));
            if (wanted.address() != null && !wanted.address().isEmpty()) {
                core.addresses().add(actor, asset.assetId(), wanted.address().toNew());
            }
            core.searchIndex().reindex(asset.assetId());
            return require(asset.assetId());
        }));
    }

    @Override
    public FamilyItem<F> replace(Actor actor, long assetId, Map<String, ?> values) {
        long version = versionOf(values);
        try {
            return refusingClashes(() -> core.unitOfWork().required(() -> {
                LoadedItem<F> current = loaded(assetId);
                if (current.version() != version) {
                    throw new StaleVersionException(family.entityName(), assetId, version, null);
                }
                apply(actor, current, checks.checked(values, current));
                return require(assetId);
            }));
        } catch (OptimisticLockException | StaleVersionException raced) {
            throw new StaleVersionException(family.entityName(), assetId, version, find(assetId).map(FamilyItem::toJson).orElse(null));
        }
    }

    @Override
    public void delete(Actor actor, long assetId) {
        core.unitOfWork().required(() -> {
            LoadedItem<F> current = loaded(assetId);
            audit(actor, AuditAction.DELETED, current.asset(), FieldChanges.between(current.row().fields().byName(), null));
            core.assets().delete(actor, assetId);
            return null;
        });
    }

    @Override
    public Optional<Long> findId(Lookup lookup) {
        return core.unitOfWork().required(() -> lookups.findId(lookup));
    }

    @Override
    public List<Long> findIds(Lookup lookup) {
        return core.unitOfWork().required(() -> lookups.ids(lookup));
    }

    @Override
    public CollectorOutcome upsert(Actor actor, Optional<Long> existing, Map<String, ?> reported, Map<String, ?> defaults) {
        return core.unitOfWork().required(() -> {
            if (existing.isEmpty()) {
                Map<String, Object> values = new LinkedHashMap<>(defaults);
                values.putAll(reported);
                return CollectorOutcome.created(create(actor, values).assetId());
            }
            LoadedItem<F> current = loaded(existing.get());
            Map<String, Object> merged = current.values().byName();
            reported.forEach((field, value) -> {
                if (!CREATION_ONLY.contains(field)) {
                    merged.put(field, value);
                }
            });
            ItemValues<F> wanted = checks.checked(merged, current);
            if (wanted.sameAs(current.values())) {
                return CollectorOutcome.unchanged(current.assetId());
            }
            apply(actor, current, wanted);
            return CollectorOutcome.updated(current.assetId());
        });
    }

    @Override
    public void touch(long assetId, String column, Instant at) {
        definition.requireTimeColumn(column);
        Object time = Times.toColumn(at);
        core.sql().update("update " + definition.table() + " set " + column + " = ? where assetid = ? and (" + column + " is null or "
                + column + " < ?)", List.of(time, assetId, time));
    }

    @Override
    public Map<Object, Long> countBy(String field) {
        return core.unitOfWork().required(() -> counts.countBy(field));
    }

    @Override
    public WidgetData.Breakdown statusBreakdown() {
        return FamilyCounts.byStatus(core.referenceData().statuses(), countBy("status"));
    }

    /** Writes what differs between the item and the wanted values, each part through its owner, each change audited. */
    private void apply(Actor actor, LoadedItem<F> current, ItemValues<F> wanted) {
        long assetId = current.assetId();
        requireUnique(wanted, assetId);
        Asset asset = current.asset();
        if (!wanted.common().matches(asset)) {
            asset = core.assets().update(actor, assetId, wanted.common().toUpdate(asset));
        }
        Map<String, FieldChange> changes = FieldChanges.between(current.row().fields().byName(), wanted.fields().byName());
        if (!changes.isEmpty()) {
            rows.update(assetId, wanted.fields(), current.row().version());
            audit(actor, AuditAction.UPDATED, asset, changes);
            // The core indexes what it writes itself (asset, addresses); plugin search fields live in this row.
            core.searchIndex().reindex(assetId);
        }
        if (wanted.address() != null) {
            replacePrimaryAddress(actor, assetId, current.primary(), wanted.address());
        }
    }

    private void replacePrimaryAddress(Actor actor, long assetId, NetworkAddress current, PrimaryAddress wanted) {
        if (wanted.matches(current)) {
            return;
        }
        if (current != null) {
            core.addresses().remove(actor, assetId, current.addressId());
        }
        if (!wanted.isEmpty()) {
            core.addresses().add(actor, assetId, wanted.toNew());
        }
    }

    /** @throws ConflictException when another item of the family holds a value of a {@linkplain AssetFamily#unique() unique} field */
    private void requireUnique(ItemValues<F> wanted, Long self) {
        Map<String, Object> values = wanted.fields().byName();
        for (String field : family.unique()) {
            Object value = switch (field) {
                case FamilyDefinition.UNIQUE_MAC -> wanted.address().macAddress();
                case FamilyDefinition.UNIQUE_IP -> wanted.address().ipAddress();
                default -> values.get(field);
            };
            if (value == null) {
                continue;
            }
            Lookup lookup = switch (field) {
                case FamilyDefinition.UNIQUE_MAC -> Lookup.macAddress(value.toString());
                case FamilyDefinition.UNIQUE_IP -> Lookup.ipAddress(value.toString());
                default -> Lookup.column(field, value.toString());
            };
            lookups.ids(lookup).stream().filter(holder -> !holder.equals(self)).findFirst().ifPresent(holder -> {
                throw new ConflictException(field + " " + value + " already belongs to " + family.entityName() + " " + holder);
            });
        }
    }

    /** A rule only the database knows (a unique value a concurrent write took, a CHECK) is a conflict, not a server error. */
    private FamilyItem<F> refusingClashes(Supplier<FamilyItem<F>> write) {
        try {
            return write.get();
        } catch (RuntimeException failure) {
            if (failure instanceof ValidationException || failure instanceof ConflictException || !ConstraintViolations.isConstraintViolation(failure)) {
                throw failure;
            }
            LOG.warn("The database refused a {} write: {}", family.entityName(), failure.getMessage());
            throw new ConflictException("the database refused the " + family.entityName()
                    + ": it breaks a rule of its table, such as a unique value another write took meanwhile (see the server log)");
        }
    }

    private LoadedItem<F> loaded(long assetId) {
        return load(assetId).orElseThrow(() -> new NotFoundException(family.entityName(), assetId));
    }

    private Optional<LoadedItem<F>> load(long assetId) {
        return core.unitOfWork().required(() -> loadAll(List.of(assetId)).stream().findFirst());
    }

    /**
     * The items of these ids, in their order: assets, rows, addresses and each relationship field
     * in one query each. Ids of no item of the family are left out.
     */
    private List<LoadedItem<F>> loadAll(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, Asset> assets = core.assets().findAll(ids).stream().collect(Collectors.toMap(Asset::assetId, Function.identity()));
        Map<Long, StoredRow<F>> stored = rows.findAll(ids);
        Map<Long, NetworkAddress> primary = definition.hasAddress() ? core.addresses().primaryAddresses(ids) : Map.of();
        Map<Long, Map<String, List<String>>> related = relations.of(ids);
        List<LoadedItem<F>> items = new ArrayList<>(ids.size());
        for (Long id : ids) {
            Asset asset = assets.get(id);
            StoredRow<F> row = stored.get(id);
            if (asset != null && row != null && family.typeCode().equals(asset.assetTypeCode())) {
                items.add(new LoadedItem<>(asset, row, primary.get(id), definition.hasAddress(), related.getOrDefault(id, Map.of())));
            }
        }
        return items;
    }

    private String locationPath(Long locationId) {
        if (locationId == null) {
            return null;
        }
        return core.referenceData().locations().stream().filter(location -> location.locationId() == locationId).map(Location::path)
                .findFirst().orElseThrow(() -> ValidationException.of("locationid", "unknown location " + locationId));
    }

    private void audit(Actor actor, AuditAction action, Asset asset, Map<String, FieldChange> changes) {
        core.audit().record(actor, action, family.entityName(), String.valueOf(asset.assetId()), asset.name(), changes);
    }

    private static long versionOf(Map<String, ?> values) {
        Object version = values.get("version");
        if (version instanceof Number number && number.doubleValue() == Math.rint(number.doubleValue())) {
            return number.longValue();
        }
        throw ValidationException.of("version", version == null
                ? "is required: send the version you read, so no one else's change is overwritten"
                : "must be the whole number you read");
    }
}
