package org.shopdb.core.internal.seed;

import java.util.List;
import java.util.function.Consumer;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.shopdb.api.asset.AssetService;
import org.shopdb.api.asset.AssetTypeService;
import org.shopdb.api.audit.Actor;
import org.shopdb.api.reference.AssetStatus;
import org.shopdb.api.reference.BusinessUnit;
import org.shopdb.api.reference.Location;
import org.shopdb.api.reference.LocationKind;
import org.shopdb.api.reference.ReferenceDataService;
import org.shopdb.api.tx.UnitOfWork;

/**
 * Creates the first {@code count} {@link DemoAssets} that do not exist yet, through the
 * asset service (so each is validated and audited), {@value #BATCH} to a transaction.
 * Demo assets go to the cells when there are any, else to any location.
 */
@Component(service = DemoAssetSeeder.class)
public class DemoAssetSeeder {

    public static final int BATCH = 200;

    private final AssetService assets;
    private final AssetTypeService types;
    private final ReferenceDataService referenceData;
    private final UnitOfWork unitOfWork;

    @Activate
    public DemoAssetSeeder(@Reference AssetService assets, @Reference AssetTypeService types,
            @Reference ReferenceDataService referenceData, @Reference UnitOfWork unitOfWork) {
        this.assets = assets;
        this.types = types;
        this.referenceData = referenceData;
        this.unitOfWork = unitOfWork;
    }

    /**
     * @param progress told the running tally after each batch
     * @throws IllegalArgumentException for a count outside 1–{@value DemoAssets#MAX_COUNT}
     */
    public SeedTally seed(Actor actor, int count, Consumer<SeedTally> progress) {
        if (count < 1 || count > DemoAssets.MAX_COUNT) {
            throw new IllegalArgumentException("The number of demo assets must be between 1 and " + DemoAssets.MAX_COUNT + ", got " + count);
        }
        types.ensure(DemoAssets.TYPE_CODE, DemoAssets.TYPE_NAME, DemoAssets.TYPE_OWNER);
        DemoAssets demo = new DemoAssets(locationIds(), referenceData.businessUnits().stream().filter(BusinessUnit::active)
                .map(BusinessUnit::businessUnitId).toList(), referenceData.statuses().stream().map(AssetStatus::code).toList());
        SeedTally tally = new SeedTally();
        for (int first = 1; first <= count; first += BATCH) {
            int last = Math.min(count, first + BATCH - 1);
            int from = first;
            unitOfWork.required(() -> {
                for (int index = from; index <= last; index++) {
                    String number = DemoAssets.number(index);
                    if (assets.findByNumber(number).isPresent()) {
                        tally.present();
                    } else {
                        assets.create(actor, demo.asset(index));
                        tally.created(number);
                    }
                }
                return null;
            });
            progress.accept(tally);
        }
        return tally;
    }

    private List<Long> locationIds() {
        List<Location> all = referenceData.locations();
        List<Long> cells = all.stream().filter(location -> location.kind() == LocationKind.CELL).map(Location::locationId).toList();
        return cells.isEmpty() ? all.stream().map(Location::locationId).toList() : cells;
    }
}
