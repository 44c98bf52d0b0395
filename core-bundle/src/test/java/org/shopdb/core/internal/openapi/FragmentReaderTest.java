package org.shopdb.core.internal.openapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Proxy;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;

class FragmentReaderTest {

    @TempDir
    Path root;

    @Test
    void readsTheFileTheHeaderNames() throws IOException {
        write("openapi/gauges.json", "{\"paths\": {\"/gauges\": {\"get\": {\"summary\": \"List gauges\"}}}}");
        OpenApiFragment fragment = FragmentReader.read(bundle(Map.of(FragmentReader.HEADER, " /openapi/gauges.json "))).orElseThrow();
        assertEquals(new OwningBundle(42, "org.shopdb.plugin.gauges"), fragment.owner());
        assertEquals("openapi/gauges.json", fragment.location());
        assertEquals("List gauges", fragment.content().path("paths").path("/gauges").path("get").path("summary").asText());
    }

    @Test
    void bundleWithoutTheHeaderHasNoFragment() {
        assertTrue(FragmentReader.read(bundle(Map.of())).isEmpty());
    }

    @Test
    void missingMalformedOrNonObjectFileIsNoFragment() throws IOException {
        write("openapi/broken.json", "{\"paths\": ");
        write("openapi/array.json", "[]");
        for (String location : new String[] {"openapi/missing.json", "openapi/broken.json", "openapi/array.json"}) {
            assertTrue(FragmentReader.read(bundle(Map.of(FragmentReader.HEADER, location))).isEmpty(), location);
        }
    }

    private void write(String location, String content) throws IOException {
        Path file = root.resolve(location);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
    }

    /** Just what the reader asks a bundle: headers, entries, id and name. */
    private Bundle bundle(Map<String, String> headers) {
        Dictionary<String, String> dictionary = new Hashtable<>(headers);
        return (Bundle) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Bundle.class}, (proxy, method, args) ->
                switch (method.getName()) {
                    case "getHeaders" -> dictionary;
                    case "getEntry" -> entry((String) args[0]);
                    case "getBundleId" -> 42L;
                    case "getSymbolicName" -> "org.shopdb.plugin.gauges";
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    private URL entry(String location) throws IOException {
        Path file = root.resolve(location);
        return Files.exists(file) ? file.toUri().toURL() : null;
    }
}
