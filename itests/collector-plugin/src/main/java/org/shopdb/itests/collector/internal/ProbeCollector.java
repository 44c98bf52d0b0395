package org.shopdb.itests.collector.internal;

import java.net.URL;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import javax.persistence.EntityManagerFactory;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.shopdb.api.asset.Asset;
import org.shopdb.api.asset.AssetService;
import org.shopdb.api.asset.AssetTypeService;
import org.shopdb.api.asset.AssetUpdate;
import org.shopdb.api.asset.NewAsset;
import org.shopdb.api.audit.Actor;
import org.shopdb.api.audit.AuditAction;
import org.shopdb.api.audit.AuditService;
import org.shopdb.api.audit.FieldChange;
import org.shopdb.api.plugin.Collector;
import org.shopdb.api.plugin.CollectorOutcome;
import org.shopdb.api.schema.SchemaReady;
import org.shopdb.api.tx.UnitOfWork;

/**
 * Upserts probe devices by serial number: the asset (number = serial, name) through
 * {@link AssetService}, the firmware in the plugin's own row, in the caller's transaction.
 * A record identical to what is stored writes nothing.
 */
@Component(service = Collector.class)
public class ProbeCollector implements Collector {

    static final String NAME = "probecollector";
    static final String ASSET_TYPE = "probedevice";
    static final String ENTITY_TYPE = "ProbeDevice";

    private final EntityManagerFactory entityManagers;
    private final UnitOfWork unitOfWork;
    private final AssetService assets;
    private final AuditService audit;

    @Activate
    public ProbeCollector(@Reference(target = "(osgi.unit.name=shopdb-itest-collector)") EntityManagerFactory entityManagers,
            @Reference UnitOfWork unitOfWork, @Reference AssetService assets, @Reference AuditService audit,
            @Reference AssetTypeService types,
            @Reference(target = "(" + SchemaReady.OWNER + "=org.shopdb.itests.collector)") SchemaReady schema) {
        this.entityManagers = entityManagers;
        this.unitOfWork = unitOfWork;
        this.assets = assets;
        this.audit = audit;
        types.ensure(ASSET_TYPE, "Probe device", "org.shopdb.itests.collector");
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public URL recordSchema() {
        return getClass().getResource("/schema/probecollector.json");
    }

    @Override
    public List<String> naturalKey() {
        return List.of("serial");
    }

    @Override
    public CollectorOutcome ingest(Actor actor, Map<String, Object> record) {
        String serial = (String) record.get("serial");
        String name = (String) record.get("name");
        String firmware = (String) record.get("firmware");
        return unitOfWork.required(() -> {
            Optional<ProbeDeviceEntity> existing = unitOfWork.withEntityManager(entityManagers, em -> em
                    .createQuery("select d from ProbeDeviceEntity d where d.serial = :serial", ProbeDeviceEntity.class)
                    .setParameter("serial", serial).getResultList().stream().findFirst());
            if (existing.isEmpty()) {
                long assetId = assets.create(actor, NewAsset.of(serial, name, ASSET_TYPE)).assetId();
                unitOfWork.withEntityManager(entityManagers, em -> {
                    em.persist(new ProbeDeviceEntity(assetId, serial, firmware));
                    return null;
                });
                return CollectorOutcome.created(assetId);
            }
            long assetId = existing.get().assetId();
            boolean changed = rename(actor, assets.require(assetId), name);
            if (!Objects.equals(existing.get().firmware(), firmware)) {
                String before = existing.get().firmware();
                unitOfWork.withEntityManager(entityManagers, em -> {
                    em.find(ProbeDeviceEntity.class, assetId).firmware(firmware);
                    return null;
                });
                audit.record(actor, AuditAction.UPDATED, ENTITY_TYPE, String.valueOf(assetId), serial,
                        Map.of("firmware", new FieldChange(before, firmware)));
                changed = true;
            }
            return changed ? CollectorOutcome.updated(assetId) : CollectorOutcome.unchanged(assetId);
        });
    }

    private boolean rename(Actor actor, Asset asset, String name) {
        if (asset.name().equals(name)) {
            return false;
        }
        assets.update(actor, asset.assetId(), new AssetUpdate(asset.assetNumber(), name, asset.assetTypeCode(), asset.statusCode(),
                asset.locationId(), asset.businessUnitId(), asset.serialNumber(), asset.notes(), asset.active(), asset.version()));
        return true;
    }
}
