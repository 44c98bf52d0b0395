package org.shopdb.itests.probe.internal;

import java.util.Optional;

import javax.persistence.EntityManagerFactory;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.shopdb.api.asset.AssetService;
import org.shopdb.api.asset.AssetTypeService;
import org.shopdb.api.asset.NewAsset;
import org.shopdb.api.audit.Actor;
import org.shopdb.api.schema.SchemaReady;
import org.shopdb.api.search.SearchIndex;
import org.shopdb.api.tx.UnitOfWork;
import org.shopdb.itests.probe.ProbeWriter;

@Component(service = ProbeWriter.class)
public class JpaProbeWriter implements ProbeWriter {

    private final EntityManagerFactory entityManagers;
    private final UnitOfWork unitOfWork;
    private final AssetService assets;
    private final SearchIndex searchIndex;

    @Activate
    public JpaProbeWriter(@Reference(target = "(osgi.unit.name=shopdb-itest-probe)") EntityManagerFactory entityManagers,
            @Reference UnitOfWork unitOfWork, @Reference AssetService assets, @Reference AssetTypeService types,
            @Reference SearchIndex searchIndex,
            @Reference(target = "(" + SchemaReady.OWNER + "=org.shopdb.itests.probe)") SchemaReady schema) {
        this.entityManagers = entityManagers;
        this.unitOfWork = unitOfWork;
        this.assets = assets;
        this.searchIndex = searchIndex;
        types.ensure(ASSET_TYPE, "Probe", "org.shopdb.itests.probe");
    }

    @Override
    public long createAssetWithProbe(String assetNumber, String probeValue) {
        return unitOfWork.required(() -> {
            long assetId = assets.create(Actor.system(), NewAsset.of(assetNumber, "Probe " + assetNumber, ASSET_TYPE)).assetId();
            unitOfWork.withEntityManager(entityManagers, em -> {
                em.persist(new ProbeEntity(assetId, probeValue));
                em.flush();
                return null;
            });
            searchIndex.reindex(assetId);
            return assetId;
        });
    }

    @Override
    public void createAssetThenFail(String assetNumber) {
        unitOfWork.required(() -> {
            assets.create(Actor.system(), NewAsset.of(assetNumber, "Probe " + assetNumber, ASSET_TYPE));
            throw new IllegalStateException("probe failure after the asset write");
        });
    }

    @Override
    public Optional<String> probeValue(long assetId) {
        return unitOfWork.withEntityManager(entityManagers,
                em -> Optional.ofNullable(em.find(ProbeEntity.class, assetId)).map(ProbeEntity::value));
    }
}
