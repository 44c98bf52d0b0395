package org.shopdb.core.internal.asset;

import java.util.ArrayList;
import java.util.List;

import org.shopdb.api.asset.AssetUpdate;
import org.shopdb.api.asset.NewAsset;
import org.shopdb.api.error.FieldError;
import org.shopdb.api.error.ValidationException;

/** Checks what can be checked without the database: presence and length of each field. */
final class AssetValidator {

    static final int ASSET_NUMBER_MAX = 50;
    static final int NAME_MAX = 255;
    static final int SERIAL_MAX = 100;

    private AssetValidator() {
    }

    static void validate(NewAsset asset) {
        validate(asset.assetNumber(), asset.name(), asset.assetTypeCode(), asset.serialNumber());
    }

    static void validate(AssetUpdate update) {
        validate(update.assetNumber(), update.name(), update.assetTypeCode(), update.serialNumber());
    }

    private static void validate(String assetNumber, String name, String assetTypeCode, String serialNumber) {
        List<FieldError> errors = new ArrayList<>();
        required(errors, "assetnumber", assetNumber, ASSET_NUMBER_MAX);
        required(errors, "name", name, NAME_MAX);
        required(errors, "assettype", assetTypeCode, 50);
        optional(errors, "serialnumber", serialNumber, SERIAL_MAX);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }

    private static void required(List<FieldError> errors, String field, String value, int max) {
        if (value == null || value.isBlank()) {
            errors.add(new FieldError(field, "is required"));
        } else {
            optional(errors, field, value, max);
        }
    }

    private static void optional(List<FieldError> errors, String field, String value, int max) {
        if (value != null && value.length() > max) {
            errors.add(new FieldError(field, "must be at most " + max + " characters"));
        }
    }
}
