package org.shopdb.core.internal.asset;

import java.util.List;

import javax.persistence.EntityManagerFactory;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.shopdb.api.asset.AssetType;
import org.shopdb.api.asset.AssetTypeService;
import org.shopdb.api.schema.SchemaReady;
import org.shopdb.api.tx.UnitOfWork;
import org.shopdb.core.internal.persistence.CorePersistence;

@Component(service = AssetTypeService.class)
public class JpaAssetTypeService implements AssetTypeService {

    private final EntityManagerFactory entityManagers;
    private final UnitOfWork unitOfWork;

    @Activate
    public JpaAssetTypeService(@Reference(target = CorePersistence.UNIT) EntityManagerFactory entityManagers,
            @Reference UnitOfWork unitOfWork,
            @Reference(target = CorePersistence.SCHEMA_READY) SchemaReady schema) {
        this.entityManagers = entityManagers;
        this.unitOfWork = unitOfWork;
    }

    @Override
    public AssetType ensure(String code, String name, String owner) {
        return unitOfWork.withEntityManager(entityManagers, em -> {
            List<AssetTypeEntity> existing = em
                    .createQuery("select t from AssetTypeEntity t where t.code = :code", AssetTypeEntity.class)
                    .setParameter("code", code).getResultList();
            if (!existing.isEmpty()) {
                return existing.get(0).toDto();
            }
            AssetTypeEntity created = new AssetTypeEntity(code, name, owner);
            em.persist(created);
            em.flush();
            return created.toDto();
        });
    }

    @Override
    public List<AssetType> list() {
        return unitOfWork.withEntityManager(entityManagers, em -> em
                .createQuery("select t from AssetTypeEntity t order by t.code", AssetTypeEntity.class)
                .getResultList().stream().map(AssetTypeEntity::toDto).toList());
    }
}
