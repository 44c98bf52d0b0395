package org.shopdb.plugins.computers.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.shopdb.api.asset.Asset;
import org.shopdb.api.asset.AssetRelationship;
import org.shopdb.api.asset.AssetRelationshipService;
import org.shopdb.api.asset.AssetService;
import org.shopdb.api.audit.Actor;
import org.shopdb.api.error.ValidationException;

/**
 * The machines a PC controls: core asset relationships of type {@value #TYPE} from the
 * computer's asset to each machine's, named by the machines' asset numbers. Kept by the
 * core's {@link AssetRelationshipService}, which audits each link made or removed.
 */
@Component(service = ControlledMachines.class)
public class ControlledMachines {

    public static final String TYPE = "controls";

    private final AssetService assets;
    private final AssetRelationshipService relationships;

    @Activate
    public ControlledMachines(@Reference AssetService assets, @Reference AssetRelationshipService relationships) {
        this.assets = assets;
        this.relationships = relationships;
    }

    /** The assets the computer controls, in asset-number order. */
    public List<Asset> of(long computerId) {
        List<Long> targets = links(computerId).stream().map(AssetRelationship::toAssetId).toList();
        return assets.findAll(targets).stream().sorted(java.util.Comparator.comparing(Asset::assetNumber)).toList();
    }

    /**
     * Makes the computer control exactly the assets with these numbers: links the new ones,
     * unlinks those not listed. Nothing is written when they are linked already.
     *
     * @param field the field named in refusals ({@code controls})
     * @return whether anything changed
     * @throws ValidationException naming {@code field} for asset numbers no asset has, or the computer's own, before anything is written
     */
    public boolean replace(Actor actor, long computerId, String field, List<?> assetNumbers) {
        Map<Long, String> wanted = wanted(computerId, field, assetNumbers);
        List<AssetRelationship> current = links(computerId);
        List<AssetRelationship> outdated = current.stream().filter(link -> !wanted.containsKey(link.toAssetId())).toList();
        List<Long> added = wanted.keySet().stream().filter(target -> current.stream().noneMatch(link -> link.toAssetId() == target)).toList();
        outdated.forEach(link -> relationships.unrelate(actor, computerId, link.relationshipId()));
        added.forEach(target -> relationships.relate(actor, computerId, target, TYPE));
        return !outdated.isEmpty() || !added.isEmpty();
    }

    private List<AssetRelationship> links(long computerId) {
        return relationships.forAsset(computerId).stream()
                .filter(link -> TYPE.equals(link.type()) && link.fromAssetId() == computerId).toList();
    }

    /** Asset id to number of each named asset, each once. */
    private Map<Long, String> wanted(long computerId, String field, List<?> assetNumbers) {
        Map<String, String> distinct = new LinkedHashMap<>();
        for (Object number : assetNumbers) {
            String text = number == null ? "" : number.toString().trim();
            if (!text.isEmpty()) {
                distinct.putIfAbsent(text.toUpperCase(Locale.ROOT), text);
            }
        }
        Map<Long, String> wanted = new LinkedHashMap<>();
        List<String> unknown = new ArrayList<>();
        for (String number : distinct.values()) {
            Optional<Asset> asset = assets.findByNumber(number);
            if (asset.isEmpty()) {
                unknown.add(number);
            } else if (asset.get().assetId() == computerId) {
                throw ValidationException.of(field, "names the computer itself (" + number + "); a PC controls machines, not itself");
            } else {
                wanted.put(asset.get().assetId(), number);
            }
        }
        if (!unknown.isEmpty()) {
            throw ValidationException.of(field, "no asset has the number(s) " + String.join(", ", unknown)
                    + "; register the machines first (e.g. through the equipment plugin)");
        }
        return wanted;
    }
}
