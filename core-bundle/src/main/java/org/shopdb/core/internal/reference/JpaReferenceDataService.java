package org.shopdb.core.internal.reference;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.persistence.EntityManager;
import javax.persistence.EntityManagerFactory;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.shopdb.api.audit.Actor;
import org.shopdb.api.audit.AuditAction;
import org.shopdb.api.audit.AuditService;
import org.shopdb.api.audit.FieldChange;
import org.shopdb.api.error.ConflictException;
import org.shopdb.api.error.FieldError;
import org.shopdb.api.error.ValidationException;
import org.shopdb.api.reference.AssetStatus;
import org.shopdb.api.reference.BusinessUnit;
import org.shopdb.api.reference.Location;
import org.shopdb.api.reference.LocationKind;
import org.shopdb.api.reference.ReferenceDataService;
import org.shopdb.api.schema.SchemaReady;
import org.shopdb.api.tx.UnitOfWork;
import org.shopdb.core.internal.persistence.CorePersistence;

@Component(service = ReferenceDataService.class)
public class JpaReferenceDataService implements ReferenceDataService {

    static final int CODE_MAX = 50;
    static final int NAME_MAX = 100;

    private final EntityManagerFactory entityManagers;
    private final UnitOfWork unitOfWork;
    private final AuditService audit;

    @Activate
    public JpaReferenceDataService(@Reference(target = CorePersistence.UNIT) EntityManagerFactory entityManagers,
            @Reference UnitOfWork unitOfWork, @Reference AuditService audit,
            @Reference(target = CorePersistence.SCHEMA_READY) SchemaReady schema) {
        this.entityManagers = entityManagers;
        this.unitOfWork = unitOfWork;
        this.audit = audit;
    }

    @Override
    public List<AssetStatus> statuses() {
        return unitOfWork.withEntityManager(entityManagers, em -> em
                .createQuery("select s.id, s.code, s.name, s.sortOrder from AssetStatusEntity s order by s.sortOrder", Object[].class)
                .getResultList().stream()
                .map(row -> new AssetStatus(((Number) row[0]).longValue(), (String) row[1], (String) row[2], ((Number) row[3]).intValue()))
                .toList());
    }

    @Override
    public List<BusinessUnit> businessUnits() {
        return unitOfWork.withEntityManager(entityManagers, em -> em
                .createQuery("select b from BusinessUnitEntity b order by b.code", BusinessUnitEntity.class)
                .getResultList().stream().map(BusinessUnitEntity::toDto).toList());
    }

    @Override
    public BusinessUnit createBusinessUnit(Actor actor, String code, String name) {
        requireCodeAndName(code, name);
        return unitOfWork.required(() -> {
            BusinessUnit created = unitOfWork.withEntityManager(entityManagers, em -> {
                requireFreeCode(em, "BusinessUnitEntity", code);
                BusinessUnitEntity entity = new BusinessUnitEntity(code, name);
                em.persist(entity);
                em.flush();
                return entity.toDto();
            });
            audit.record(actor, AuditAction.CREATED, "BusinessUnit", String.valueOf(created.businessUnitId()), name,
                    Map.of("code", new FieldChange(null, code), "name", new FieldChange(null, name)));
            return created;
        });
    }

    @Override
    public List<Location> locations() {
        return unitOfWork.withEntityManager(entityManagers, em -> em
                .createQuery("select l from LocationEntity l order by l.path", LocationEntity.class)
                .getResultList().stream().map(LocationEntity::toDto).toList());
    }

    @Override
    public List<Location> locationTree() {
        return LocationTree.of(locations());
    }

    @Override
    public Location createLocation(Actor actor, Long parentId, LocationKind kind, String code, String name) {
        requireCodeAndName(code, name);
        if (kind == null) {
            throw ValidationException.of("kind", "is required: one of site, building, area, cell");
        }
        return unitOfWork.required(() -> {
            Location created = unitOfWork.withEntityManager(entityManagers, em -> insertLocation(em, parentId, kind, code, name));
            audit.record(actor, AuditAction.CREATED, "Location", String.valueOf(created.locationId()), name,
                    Map.of("code", new FieldChange(null, code), "name", new FieldChange(null, name),
                            "kind", new FieldChange(null, kind.name().toLowerCase(Locale.ROOT)),
                            "parentid", new FieldChange(null, parentId == null ? "" : parentId)));
            return created;
        });
    }

    private static Location insertLocation(EntityManager em, Long parentId, LocationKind kind, String code, String name) {
        requireFreeCode(em, "LocationEntity", code);
        String parentPath = null;
        if (parentId != null) {
            LocationEntity parent = em.find(LocationEntity.class, parentId);
            if (parent == null) {
                throw ValidationException.of("parentid", "unknown location " + parentId);
            }
            if (kind.ordinal() <= parent.kind().ordinal()) {
                throw ValidationException.of("kind", "a " + kind.name().toLowerCase(Locale.ROOT)
                        + " cannot be inside a " + parent.kind().name().toLowerCase(Locale.ROOT));
            }
            parentPath = parent.path();
        } else if (kind != LocationKind.SITE) {
            throw ValidationException.of("parentid", "is required for a " + kind.name().toLowerCase(Locale.ROOT));
        }
        LocationEntity entity = new LocationEntity(parentId, kind, code, name);
        em.persist(entity);
        em.flush();
        entity.placeUnder(parentPath);
        em.flush();
        return entity.toDto();
    }

    private static void requireCodeAndName(String code, String name) {
        List<FieldError> errors = new ArrayList<>();
        if (code == null || code.isBlank()) {
            errors.add(new FieldError("code", "is required"));
        } else if (code.length() > CODE_MAX) {
            errors.add(new FieldError("code", "must be at most " + CODE_MAX + " characters"));
        }
        if (name == null || name.isBlank()) {
            errors.add(new FieldError("name", "is required"));
        } else if (name.length() > NAME_MAX) {
            errors.add(new FieldError("name", "must be at most " + NAME_MAX + " characters"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }

    private static void requireFreeCode(EntityManager em, String entity, String code) {
        if (!em.createQuery("select e.id from " + entity + " e where e.code = :code").setParameter("code", code)
                .getResultList().isEmpty()) {
            throw new ConflictException("Code " + code + " is already taken");
        }
    }
}
