package org.shopdb.plugins.cameras.internal;

import java.util.List;
import java.util.Optional;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.shopdb.api.error.ValidationException;
import org.shopdb.api.reference.AssetStatus;
import org.shopdb.api.reference.Location;
import org.shopdb.api.reference.ReferenceDataService;

/** Resolves the reference data camera lists filter by: status codes to ids, a location to its subtree. */
@Component(service = ReferenceLookups.class)
public class ReferenceLookups {

    private final ReferenceDataService referenceData;

    @Activate
    public ReferenceLookups(@Reference ReferenceDataService referenceData) {
        this.referenceData = referenceData;
    }

    /** The id of the status with this code; empty for {@code null} or an unknown code. */
    public Optional<Long> statusId(String code) {
        if (code == null) {
            return Optional.empty();
        }
        return referenceData.statuses().stream().filter(status -> status.code().equals(code)).map(AssetStatus::statusId).findFirst();
    }

    public List<AssetStatus> statuses() {
        return referenceData.statuses();
    }

    /**
     * The location and every location below it, by the hierarchy's paths.
     *
     * @throws ValidationException for an unknown location
     */
    public List<Long> locationAndBelow(long locationId) {
        List<Location> all = referenceData.locations();
        String path = all.stream().filter(location -> location.locationId() == locationId).map(Location::path).findFirst()
                .orElseThrow(() -> ValidationException.of("locationid", "unknown location " + locationId));
        return all.stream().filter(location -> location.path().startsWith(path)).map(Location::locationId).toList();
    }
}
