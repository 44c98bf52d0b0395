package org.shopdb.plugins.cameras.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import javax.persistence.OptimisticLockException;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.shopdb.api.asset.Asset;
import org.shopdb.api.asset.AssetService;
import org.shopdb.api.asset.AssetType;
import org.shopdb.api.asset.AssetTypeService;
import org.shopdb.api.asset.NetworkAddress;
import org.shopdb.api.asset.NetworkAddressService;
import org.shopdb.api.audit.Actor;
import org.shopdb.api.audit.AuditAction;
import org.shopdb.api.audit.AuditService;
import org.shopdb.api.audit.FieldChange;
import org.shopdb.api.error.ConflictException;
import org.shopdb.api.error.NotFoundException;
import org.shopdb.api.error.StaleVersionException;
import org.shopdb.api.paging.Page;
import org.shopdb.api.reference.AssetStatus;
import org.shopdb.api.search.SearchIndex;
import org.shopdb.api.tx.UnitOfWork;

/**
 * Cameras: the asset (through {@link AssetService}), the {@code cameras} row, the primary
 * address (through {@link NetworkAddressService}) and the audit entries of all three, each
 * write in one {@link UnitOfWork} so that a failure anywhere leaves nothing behind. A written
 * camera row is handed to the {@link SearchIndex} in the same transaction, so that search finds
 * its fields by any part at once.
 */
@Component(service = CameraService.class)
public class CameraService {

    private static final String ENTITY = "Camera";

    private final CameraRepository cameras;
    private final ReferenceLookups referenceData;
    private final AssetService assets;
    private final AssetTypeService types;
    private final NetworkAddressService addresses;
    private final AuditService audit;
    private final SearchIndex searchIndex;
    private final UnitOfWork unitOfWork;

    @Activate
    public CameraService(@Reference CameraRepository cameras, @Reference ReferenceLookups referenceData, @Reference AssetService assets,
            @Reference AssetTypeService types, @Reference NetworkAddressService addresses, @Reference AuditService audit,
            @Reference SearchIndex searchIndex, @Reference UnitOfWork unitOfWork) {
        this.cameras = cameras;
        this.referenceData = referenceData;
        this.assets = assets;
        this.types = types;
        this.addresses = addresses;
        this.audit = audit;
        this.searchIndex = searchIndex;
        this.unitOfWork = unitOfWork;
    }

    /** One page: the cameras with their assets in one query, their addresses in a second, whatever the page size. */
    public Page<Camera> list(CameraQuery query) {
        Optional<Long> statusId = referenceData.statusId(query.status());
        if (query.status() != null && statusId.isEmpty()) {
            return new Page<>(List.of(), query.page().page(), query.page().perPage(), 0);
        }
        List<Long> locationIds = query.locationId() == null ? null : referenceData.locationAndBelow(query.locationId());
        Map<Long, String> statusCodes = referenceData.statuses().stream().collect(Collectors.toMap(AssetStatus::statusId, AssetStatus::code));
        Map<Long, String> typeCodes = types.list().stream().collect(Collectors.toMap(AssetType::assetTypeId, AssetType::code));
        return unitOfWork.required(() -> {
            Page<ListedCamera> page = cameras.page(query, statusId.orElse(null), locationIds);
            Map<Long, NetworkAddress> primary = cameras.primaryAddresses(page.items().stream().map(listed -> listed.camera().assetId()).toList());
            List<Camera> items = page.items().stream().map(listed -> Camera.of(listed.asset().toAsset(typeCodes, statusCodes),
                    listed.camera(), primary.get(listed.camera().assetId()))).toList();
            return new Page<>(items, page.page(), page.perPage(), page.total());
        });
    }

    public Optional<Camera> find(long assetId) {
        return unitOfWork.required(() -> cameras.find(assetId).flatMap(stored -> assets.find(assetId)
                .map(asset -> Camera.of(asset, stored, cameras.primaryAddresses(List.of(assetId)).get(assetId)))));
    }

    /** @throws NotFoundException when no camera has this id (an asset of another kind is no camera) */
    public Camera require(long assetId) {
        return find(assetId).orElseThrow(() -> new NotFoundException(ENTITY, assetId));
    }

    /**
     * @throws org.shopdb.api.error.ValidationException naming every bad field
     * @throws ConflictException when the asset number is taken or another camera has the MAC address
     */
    public Camera create(Actor actor, NewCamera camera) {
        CameraValidator.validate(camera.fields());
        return unitOfWork.required(() -> {
            requireMacFree(camera.address(), null);
            // The install hook seeds the type; the core runs it on a worker thread of its own, and the
            // collector endpoint is the core's, so creation does not rely on when that happened.
            types.ensure(CameraAssetType.CODE, CameraAssetType.NAME, CameraAssetType.OWNER);
            Asset asset = assets.create(actor, camera.common().toNewAsset());
            cameras.insert(asset.assetId(), camera.fields());
            searchIndex.reindex(asset.assetId());
            record(actor, AuditAction.CREATED, asset, CameraAuditChanges.created(camera.fields()));
            if (!camera.address().isEmpty()) {
                addresses.add(actor, asset.assetId(), camera.address().toNew());
            }
            return require(asset.assetId());
        });
    }

    /**
     * Replaces the asset's and the camera's fields and the primary address; only what differs
     * is written and audited.
     *
     * @throws NotFoundException      for an unknown camera
     * @throws StaleVersionException  when the camera changed since {@code change.version()}, with its current state
     * @throws ConflictException      when the asset number is taken or another camera has the MAC address
     */
    public Camera update(Actor actor, long assetId, CameraChange change) {
        CameraValidator.validate(change.fields());
        try {
            return unitOfWork.required(() -> apply(actor, assetId, change));
        } catch (OptimisticLockException | StaleVersionException raced) {
            // The asset or the camera row was saved by someone else: answer with the camera as it is now.
            throw new StaleVersionException(ENTITY, assetId, change.version(), find(assetId).orElse(null));
        }
    }

    private Camera apply(Actor actor, long assetId, CameraChange change) {
        StoredCamera stored = cameras.find(assetId).orElseThrow(() -> new NotFoundException(ENTITY, assetId));
        Asset asset = assets.require(assetId);
        if (Camera.versionOf(asset, stored) != change.version()) {
            throw new StaleVersionException(ENTITY, assetId, change.version(), null);
        }
        requireMacFree(change.address(), assetId);
        if (!change.common().matches(asset)) {
            asset = assets.update(actor, assetId, change.common().toUpdate(asset));
        }
        Map<String, FieldChange> changed = CameraAuditChanges.between(stored.fields(), change.fields());
        if (!changed.isEmpty()) {
            cameras.update(assetId, change.fields(), stored.version());
            searchIndex.reindex(assetId);
            record(actor, AuditAction.UPDATED, asset, changed);
        }
        replacePrimaryAddress(actor, assetId, change.address());
        return require(assetId);
    }

    /**
     * Deletes the asset through the core; {@code ON DELETE CASCADE} removes the camera row.
     *
     * @throws NotFoundException for an unknown camera
     */
    public void delete(Actor actor, long assetId) {
        unitOfWork.required(() -> {
            StoredCamera stored = cameras.find(assetId).orElseThrow(() -> new NotFoundException(ENTITY, assetId));
            Asset asset = assets.require(assetId);
            record(actor, AuditAction.DELETED, asset, CameraAuditChanges.deleted(stored.fields()));
            assets.delete(actor, assetId);
            return null;
        });
    }

    private void replacePrimaryAddress(Actor actor, long assetId, PrimaryAddress wanted) {
        NetworkAddress current = cameras.primaryAddresses(List.of(assetId)).get(assetId);
        if (wanted.matches(current)) {
            return;
        }
        if (current != null) {
            addresses.remove(actor, assetId, current.addressId());
        }
        if (!wanted.isEmpty()) {
            addresses.add(actor, assetId, wanted.toNew());
        }
    }

    /** The MAC address is the collector's natural key, so no two cameras may share one. */
    private void requireMacFree(PrimaryAddress address, Long exceptAssetId) {
        String mac = NetworkIdentifiers.mac(address.macAddress());
        if (mac == null) {
            return;
        }
        cameras.cameraAddressWithMac(mac).filter(holder -> exceptAssetId == null || holder.assetId() != exceptAssetId)
                .ifPresent(holder -> {
                    throw new ConflictException("MAC address " + mac + " already belongs to camera " + holder.assetId());
                });
    }

    private void record(Actor actor, AuditAction action, Asset asset, Map<String, FieldChange> changes) {
        audit.record(actor, action, CameraAssetType.AUDIT_ENTITY, String.valueOf(asset.assetId()), asset.name(), changes);
    }
}
