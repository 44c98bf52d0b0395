package org.shopdb.core.internal.seed;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.shopdb.api.audit.Actor;
import org.shopdb.api.reference.AssetStatus;
import org.shopdb.api.reference.BusinessUnit;
import org.shopdb.api.reference.Location;
import org.shopdb.api.reference.LocationKind;
import org.shopdb.api.reference.ReferenceDataService;
import org.shopdb.api.tx.UnitOfWork;
import org.shopdb.core.internal.reference.AssetStatusWriter;

/**
 * Seeds a site's reference data from a {@link SeedDocument}, idempotently: what exists
 * (by code) is left as it is, what is missing is created — audited as the given actor —
 * all in one transaction, so a failure leaves nothing half-seeded.
 */
@Component(service = SiteSeeder.class)
public class SiteSeeder {

    /** Statuses without a sort order go after the existing ones, this far apart. */
    static final int SORT_ORDER_STEP = 10;

    private final ReferenceDataService referenceData;
    private final AssetStatusWriter statuses;
    private final UnitOfWork unitOfWork;

    @Activate
    public SiteSeeder(@Reference ReferenceDataService referenceData, @Reference AssetStatusWriter statuses,
            @Reference UnitOfWork unitOfWork) {
        this.referenceData = referenceData;
        this.statuses = statuses;
        this.unitOfWork = unitOfWork;
    }

    /** @param document checked by {@link SeedFile#read} */
    public SeedReport seed(Actor actor, SeedDocument document) {
        return unitOfWork.required(() -> {
            List<String> notes = new ArrayList<>();
            SeedTally units = seedBusinessUnits(actor, document.businessUnits());
            SeedTally statusTally = seedStatuses(actor, document.statuses());
            SeedTally locations = new SeedTally();
            Map<String, Location> existing = referenceData.locations().stream()
                    .collect(Collectors.toMap(Location::code, Function.identity(), (a, b) -> a, HashMap::new));
            for (SeedDocument.LocationSeed site : document.locations()) {
                seedLocation(actor, site, null, existing, locations, notes);
            }
            return new SeedReport(units, statusTally, locations, notes);
        });
    }

    private SeedTally seedBusinessUnits(Actor actor, List<SeedDocument.BusinessUnitSeed> units) {
        SeedTally tally = new SeedTally();
        List<String> existing = referenceData.businessUnits().stream().map(BusinessUnit::code).toList();
        for (SeedDocument.BusinessUnitSeed unit : units) {
            if (existing.contains(unit.code())) {
                tally.present();
            } else {
                referenceData.createBusinessUnit(actor, unit.code(), unit.name());
                tally.created(unit.code());
            }
        }
        return tally;
    }

    private SeedTally seedStatuses(Actor actor, List<SeedDocument.StatusSeed> wanted) {
        SeedTally tally = new SeedTally();
        List<AssetStatus> existing = referenceData.statuses();
        int last = existing.stream().mapToInt(AssetStatus::sortOrder).max().orElse(0);
        List<String> codes = existing.stream().map(AssetStatus::code).toList();
        for (SeedDocument.StatusSeed status : wanted) {
            if (codes.contains(status.code())) {
                tally.present();
                continue;
            }
            int sortOrder = status.sortOrder() != null ? status.sortOrder() : (last += SORT_ORDER_STEP);
            statuses.create(actor, status.code(), status.name(), sortOrder);
            tally.created(status.code());
        }
        return tally;
    }

    private void seedLocation(Actor actor, SeedDocument.LocationSeed seed, Location parent, Map<String, Location> existing,
            SeedTally tally, List<String> notes) {
        LocationKind kind = SeedValidator.kind(seed.kind()).orElseThrow();
        Long parentId = parent == null ? null : parent.locationId();
        Location location = existing.get(seed.code());
        if (location == null) {
            location = referenceData.createLocation(actor, parentId, kind, seed.code(), seed.name());
            existing.put(location.code(), location);
            tally.created(seed.code());
        } else {
            tally.present();
            if (location.kind() != kind || !Objects.equals(location.parentId(), parentId)) {
                notes.add("location " + seed.code() + " exists as a " + location.kind().name().toLowerCase(Locale.ROOT)
                        + (location.parentId() == null ? " at the top" : " under location " + location.parentId())
                        + ", not as in the file; left as it is");
            }
        }
        for (SeedDocument.LocationSeed child : seed.children()) {
            seedLocation(actor, child, location, existing, tally, notes);
        }
    }
}
