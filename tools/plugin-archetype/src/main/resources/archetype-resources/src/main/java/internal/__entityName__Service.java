package ${package}.internal;

import java.util.Map;
import java.util.Optional;

import javax.persistence.OptimisticLockException;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.shopdb.api.asset.Asset;
import org.shopdb.api.asset.AssetQuery;
import org.shopdb.api.asset.AssetService;
import org.shopdb.api.audit.Actor;
import org.shopdb.api.audit.AuditAction;
import org.shopdb.api.audit.AuditService;
import org.shopdb.api.audit.FieldChange;
import org.shopdb.api.error.NotFoundException;
import org.shopdb.api.error.StaleVersionException;
import org.shopdb.api.paging.Page;
import org.shopdb.api.search.SearchIndex;
import org.shopdb.api.tx.UnitOfWork;

/**
 * ${entityName}s: the asset (through the core's {@link AssetService}, which audits it), the
 * plugin's row and the audit entry of the plugin's fields, each write in ONE {@link UnitOfWork},
 * so that a failure anywhere leaves nothing behind. Each written row is handed to the core's
 * {@link SearchIndex} in the same transaction: global search then finds its search fields by any
 * part of their text at once.
 */
@Component(service = ${entityName}Service.class)
public class ${entityName}Service {

    static final String ENTITY = "${entityName}";

    private final ${entityName}Repository rows;
    private final AssetService assets;
    private final AuditService audit;
    private final SearchIndex searchIndex;
    private final UnitOfWork unitOfWork;

    @Activate
    public ${entityName}Service(@Reference ${entityName}Repository rows, @Reference AssetService assets, @Reference AuditService audit,
            @Reference SearchIndex searchIndex, @Reference UnitOfWork unitOfWork) {
        this.rows = rows;
        this.assets = assets;
        this.audit = audit;
        this.searchIndex = searchIndex;
        this.unitOfWork = unitOfWork;
    }

    /** A page of the assets of this type, with the core's filters, paging and sorting, and their plugin rows. */
    public Page<${entityName}> list(AssetQuery query) {
        AssetQuery ofThisType = new AssetQuery(${entityName}AssetType.CODE, query.statusCode(), query.locationId(),
                query.businessUnitId(), query.active(), query.text(), query.page());
        return unitOfWork.required(() -> {
            Page<Asset> page = assets.list(ofThisType);
            Map<Long, Stored${entityName}> stored = rows.findAll(page.items().stream().map(Asset::assetId).toList());
            return new Page<>(page.items().stream().map(asset -> ${entityName}.of(asset, stored.get(asset.assetId()))).toList(),
                    page.page(), page.perPage(), page.total());
        });
    }

    /** The item, if an asset of this type has that id. */
    public Optional<${entityName}> find(long assetId) {
        return unitOfWork.required(() -> assets.find(assetId)
                .filter(asset -> ${entityName}AssetType.CODE.equals(asset.assetTypeCode()))
                .map(asset -> ${entityName}.of(asset, rows.find(assetId).orElse(null))));
    }

    /** @throws NotFoundException when no item has that id */
    public ${entityName} require(long assetId) {
        return find(assetId).orElseThrow(() -> new NotFoundException(ENTITY, assetId));
    }

    public Optional<${entityName}> findByNumber(String assetNumber) {
        return unitOfWork.required(() -> assets.findByNumber(assetNumber).flatMap(asset -> find(asset.assetId())));
    }

    /**
     * @throws org.shopdb.api.error.ValidationException naming every bad field
     * @throws org.shopdb.api.error.ConflictException   when the asset number is taken
     */
    public ${entityName} create(Actor actor, AssetFields common, ${entityName}Fields fields) {
        fields.validate();
        return unitOfWork.required(() -> {
            Asset asset = assets.create(actor, common.toNewAsset());
            rows.insert(asset.assetId(), fields);
            searchIndex.reindex(asset.assetId());
            record(actor, AuditAction.CREATED, asset, fields.changesFrom(${entityName}Fields.empty()));
            return require(asset.assetId());
        });
    }

    /**
     * Replaces the common and the plugin's fields; only what differs is written and audited.
     *
     * @param version the version the caller read
     * @throws NotFoundException     for an unknown item
     * @throws StaleVersionException when the item changed since {@code version}, with its current state
     */
    public ${entityName} update(Actor actor, long assetId, long version, AssetFields common, ${entityName}Fields fields) {
        fields.validate();
        try {
            return unitOfWork.required(() -> {
                ${entityName} current = require(assetId);
                if (current.version() != version) {
                    throw new StaleVersionException(ENTITY, assetId, version, null);
                }
                Asset asset = assets.require(assetId);
                if (!common.matches(asset)) {
                    asset = assets.update(actor, assetId, common.toUpdate(asset));
                }
                Map<String, FieldChange> changes = fields.changesFrom(current.fields());
                if (!changes.isEmpty()) {
                    Optional<Stored${entityName}> row = rows.find(assetId);
                    if (row.isPresent()) {
                        rows.update(assetId, fields, row.get().version());
                    } else {
                        rows.insert(assetId, fields);
                    }
                    searchIndex.reindex(assetId);
                    record(actor, AuditAction.UPDATED, asset, changes);
                }
                return require(assetId);
            });
        } catch (OptimisticLockException | StaleVersionException stale) {
            // the asset or the row was saved by someone else: answer with the item as it is now
            throw new StaleVersionException(ENTITY, assetId, version, find(assetId).orElse(null));
        }
    }

    /**
     * Deletes the asset through the core; {@code ON DELETE CASCADE} removes the plugin's row.
     *
     * @throws NotFoundException for an unknown item
     */
    public void delete(Actor actor, long assetId) {
        unitOfWork.required(() -> {
            ${entityName} current = require(assetId);
            Asset asset = assets.require(assetId);
            record(actor, AuditAction.DELETED, asset, ${entityName}Fields.empty().changesFrom(current.fields()));
            assets.delete(actor, assetId);
            return null;
        });
    }

    public long count() {
        return rows.count();
    }

    private void record(Actor actor, AuditAction action, Asset asset, Map<String, FieldChange> changes) {
        audit.record(actor, action, ${entityName}AssetType.AUDIT_ENTITY, String.valueOf(asset.assetId()), asset.name(), changes);
    }
}
