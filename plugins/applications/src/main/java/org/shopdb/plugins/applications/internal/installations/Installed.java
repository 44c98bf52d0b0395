package org.shopdb.plugins.applications.internal.installations;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What is installed of an application on a computer: the version as the computer reports it
 * ({@code null} when it reports none) and when it was installed.
 */
public record Installed(String version, LocalDate installDate) {

    public Installed {
        version = version == null || version.isBlank() ? null : version.trim();
    }

    /** Under their JSON names, for audit rows ({@code installdate} as {@code 2026-01-12}). */
    Map<String, Object> byName() {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("version", version);
        values.put("installdate", installDate == null ? null : installDate.toString());
        return values;
    }
}
