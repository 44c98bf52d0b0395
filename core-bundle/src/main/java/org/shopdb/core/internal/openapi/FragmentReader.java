package org.shopdb.core.internal.openapi;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.Optional;

import org.osgi.framework.Bundle;
import org.shopdb.core.internal.rest.Json;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Reads the OpenAPI fragment a bundle declares with the manifest header
 * {@value #HEADER}{@code : openapi/<name>.json} (a path inside the bundle). A missing or
 * malformed file is logged and leaves the bundle's routes undescribed, never the document broken.
 */
final class FragmentReader {

    static final String HEADER = "ShopDB-OpenAPI";
    private static final Logger LOG = LoggerFactory.getLogger(FragmentReader.class);

    private FragmentReader() {
    }

    static Optional<OpenApiFragment> read(Bundle bundle) {
        String declared = bundle.getHeaders("").get(HEADER);
        if (declared == null || declared.isBlank()) {
            return Optional.empty();
        }
        String location = declared.trim().replaceFirst("^/+", "");
        URL entry = bundle.getEntry(location);
        if (entry == null) {
            LOG.warn("Bundle {} declares {}: {}, but has no such file; its routes stay undescribed",
                    bundle.getSymbolicName(), HEADER, location);
            return Optional.empty();
        }
        try (InputStream in = entry.openStream()) {
            JsonNode content = Json.MAPPER.readTree(in);
            if (content instanceof ObjectNode object) {
                return Optional.of(new OpenApiFragment(OwningBundle.of(bundle), location, object));
            }
            LOG.warn("OpenAPI fragment {} of bundle {} is not a JSON object; its routes stay undescribed",
                    location, bundle.getSymbolicName());
        } catch (IOException e) {
            LOG.warn("OpenAPI fragment {} of bundle {} is not valid JSON ({}); its routes stay undescribed",
                    location, bundle.getSymbolicName(), e.getMessage());
        }
        return Optional.empty();
    }
}
