package org.shopdb.plugins.applications.internal.installations;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An installation as the API shows it: which computer (its asset and hostname), which catalog
 * entry, which version, installed when.
 */
public record Installation(long installationId, long computerId, String assetNumber, String computerName, String hostname,
        long applicationId, String application, String vendor, String version, LocalDate installDate) {

    public Map<String, Object> toJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("installationid", installationId);
        json.put("computerid", computerId);
        json.put("assetnumber", assetNumber);
        json.put("computername", computerName);
        json.put("hostname", hostname);
        json.put("applicationid", applicationId);
        json.put("application", application);
        json.put("vendor", vendor);
        json.put("version", version);
        json.put("installdate", installDate == null ? null : installDate.toString());
        return json;
    }

    Installation withHostname(String name) {
        return new Installation(installationId, computerId, assetNumber, computerName, name, applicationId, application, vendor, version,
                installDate);
    }
}
