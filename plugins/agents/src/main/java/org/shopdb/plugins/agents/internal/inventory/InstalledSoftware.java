package org.shopdb.plugins.agents.internal.inventory;

import java.time.LocalDate;

/** One installed program; vendor, version and install date {@code null} when the agent does not say. */
public record InstalledSoftware(String name, String vendor, String version, LocalDate installDate) {
}
