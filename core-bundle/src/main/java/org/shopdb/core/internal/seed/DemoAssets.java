package org.shopdb.core.internal.seed;

import java.util.List;

import org.shopdb.api.asset.NewAsset;

/**
 * The demo assets, the same on every run: {@code DEMO-000001} and on, with a plausible
 * name, spread over the given locations and business units, mostly in service with some
 * spares and repairs — enough to try lists, filters and search.
 */
final class DemoAssets {

    static final String TYPE_CODE = "demo";
    static final String TYPE_NAME = "Demo asset";
    static final String TYPE_OWNER = "core";
    static final int MAX_COUNT = 100_000;
    private static final List<String> KINDS = List.of("Cell controller PC", "Label printer", "Line camera", "Network switch",
            "CNC controller", "Inspection PC", "Barcode scanner", "HMI panel");

    private final List<Long> locationIds;
    private final List<Long> businessUnitIds;
    private final List<String> statusCodes;

    /** @param statusCodes the statuses that exist: {@code spare} and {@code inrepair} are used only if they do */
    DemoAssets(List<Long> locationIds, List<Long> businessUnitIds, List<String> statusCodes) {
        this.locationIds = List.copyOf(locationIds);
        this.businessUnitIds = List.copyOf(businessUnitIds);
        this.statusCodes = List.copyOf(statusCodes);
    }

    static String number(int index) {
        return String.format("DEMO-%06d", index);
    }

    /** The demo asset with this index, from 1. */
    NewAsset asset(int index) {
        String number = number(index);
        return new NewAsset(number, KINDS.get((index - 1) % KINDS.size()) + " " + index, TYPE_CODE, status(index),
                pick(locationIds, index), pick(businessUnitIds, index), "SN-" + number, "Demo data from shopdb:seed");
    }

    private String status(int index) {
        if (index % 25 == 0 && statusCodes.contains("inrepair")) {
            return "inrepair";
        }
        if (index % 10 == 0 && statusCodes.contains("spare")) {
            return "spare";
        }
        return null;
    }

    private static Long pick(List<Long> ids, int index) {
        return ids.isEmpty() ? null : ids.get((index - 1) % ids.size());
    }
}
