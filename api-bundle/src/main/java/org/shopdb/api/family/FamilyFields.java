package org.shopdb.api.family;

import java.util.Map;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * A plugin's own columns of an asset family, as a Java record whose components are the
 * camel-case spelling of the column names ({@code recordingServer} for {@code recordingserver}).
 * Text is best kept trimmed with blank as {@code null} (the store does so for values it reads).
 */
@ConsumerType
public interface FamilyFields {

    /** Column (and JSON field) name to value, in the record's order. */
    default Map<String, Object> byName() {
        return RecordFields.byName((Record) this);
    }
}
