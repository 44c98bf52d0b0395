package org.shopdb.plugins.network.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.shopdb.api.error.FieldError;
import org.shopdb.api.family.CommonFields;
import org.shopdb.api.family.FilterParameter;
import org.shopdb.api.family.RecordFields;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

class NetworkDeviceFamilyTest {

    private static JsonNode schema() throws Exception {
        try (InputStream in = NetworkDeviceFamily.INSTANCE.fieldSchema().openStream()) {
            return new ObjectMapper().readTree(in);
        }
    }

    private static List<String> refused(String kind, String firmware, Long closetId) {
        return NetworkDeviceFamily.INSTANCE.check(new NetworkDeviceFields(kind, null, null, firmware, closetId, null)).stream()
                .map(FieldError::field).toList();
    }

    @Test
    void aClosetIsAPlaceRunningNoFirmwareAndInNoCloset() {
        assertEquals(List.of(), refused("closet", null, null));
        assertEquals(List.of("closetid", "firmware"), refused("closet", "1.0", 4L));
        assertEquals(List.of(), refused("switch", "17.9.4a", 4L), "devices sit in closets and run firmware");
    }

    @Test
    void everyFieldIsDescribedWithATitleAndLastSeenIsReadOnly() throws Exception {
        JsonNode properties = schema().path("properties");
        for (String field : RecordFields.names(NetworkDeviceFields.class)) {
            assertTrue(properties.has(field), field + " described");
        }
        for (String field : CommonFields.NAMES) {
            assertTrue(properties.has(field), field + " described");
        }
        properties.properties().forEach(property -> {
            assertTrue(property.getValue().hasNonNull("title"), property.getKey() + " has a title");
            assertTrue(property.getValue().hasNonNull("description") || Set.of("isactive").contains(property.getKey()),
                    property.getKey() + " has a description");
        });
        assertTrue(properties.path("lastseen").path("readOnly").asBoolean());
        assertTrue(properties.has("ipaddress") && properties.has("macaddress") && properties.has("hostname"), "the management address");
        assertEquals(List.of("switch", "router", "accesspoint", "firewall", "closet"),
                new ObjectMapper().convertValue(properties.path("devicekind").path("enum"), List.class));
    }

    @Test
    void filtersAreFieldsMarkedFilterableAndTheRestAreTheCommonOnes() throws Exception {
        JsonNode properties = schema().path("properties");
        Set<String> fields = new HashSet<>(RecordFields.names(NetworkDeviceFields.class));
        Set<String> marked = new HashSet<>();
        properties.properties().forEach(property -> {
            if (property.getValue().path("x-filterable").asBoolean()) {
                marked.add(property.getKey());
            }
        });
        for (FilterParameter filter : NetworkDeviceFamily.INSTANCE.filters()) {
            assertTrue(fields.contains(filter.column()), filter.parameter());
            if (filter.parameter().equals(filter.column())) {
                assertTrue(marked.contains(filter.column()), filter.column() + " marked x-filterable");
            }
        }
        assertEquals(Set.of("status", "locationid", "businessunitid", "isactive", "devicekind", "vendor", "model", "firmware", "closetid"), marked);
        assertTrue(fields.containsAll(NetworkDeviceFamily.INSTANCE.sortable()));
    }
}
