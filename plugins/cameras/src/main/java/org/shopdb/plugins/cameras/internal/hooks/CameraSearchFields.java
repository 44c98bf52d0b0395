package org.shopdb.plugins.cameras.internal.hooks;

import java.util.List;

import org.osgi.service.component.annotations.Component;
import org.shopdb.api.plugin.SearchField;
import org.shopdb.api.plugin.SearchFieldProvider;

/**
 * The camera columns global search looks into, each backed by an index of {@code cameras}.
 * A stream URL identifies one camera, so it weighs most; vendor and model match many.
 */
@Component(service = SearchFieldProvider.class)
public class CameraSearchFields implements SearchFieldProvider {

    static final String TABLE = "cameras";

    @Override
    public List<SearchField> searchFields() {
        return List.of(
                new SearchField(TABLE, "streamurl", "Stream URL", 90),
                new SearchField(TABLE, "recordingserver", "Recording server", 50),
                new SearchField(TABLE, "model", "Model", 40),
                new SearchField(TABLE, "firmware", "Firmware", 30),
                new SearchField(TABLE, "vendor", "Vendor", 20));
    }
}
