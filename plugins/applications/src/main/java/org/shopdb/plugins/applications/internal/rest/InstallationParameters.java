package org.shopdb.plugins.applications.internal.rest;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.shopdb.api.rest.QueryParameters;
import org.shopdb.plugins.applications.internal.installations.InstallationQuery;
import org.shopdb.plugins.computers.api.ComputerDirectory;

/**
 * The query parameters of an installations list: {@code computerid} or {@code hostname},
 * {@code applicationid}, {@code version}, {@code versionbelow}, {@code versionatleast},
 * {@code page}, {@code per_page}, {@code sort}. A wrong type is a 400 naming the parameter.
 */
final class InstallationParameters {

    private InstallationParameters() {
    }

    /**
     * @param applicationId the catalog entry of the route ({@code /api/applications/{id}/installations}), else {@code null}
     * @return the query, or empty when it names a hostname no computer has (so nothing is installed there)
     */
    static Optional<InstallationQuery> read(Map<String, List<String>> raw, Long applicationId, ComputerDirectory computers) {
        QueryParameters parameters = new QueryParameters(raw);
        Long computerId = parameters.id("computerid");
        Long application = applicationId != null ? applicationId : parameters.id("applicationid");
        InstallationQuery query = new InstallationQuery(computerId, application, parameters.text("version"), parameters.text("versionbelow"),
                parameters.text("versionatleast"), parameters.page());
        parameters.failOnErrors();
        String hostname = parameters.text("hostname");
        if (hostname == null) {
            return Optional.of(query);
        }
        return computers.findComputer(null, null, hostname).filter(found -> computerId == null || computerId.equals(found))
                .map(found -> new InstallationQuery(found, query.applicationId(), query.version(), query.versionBelow(), query.versionAtLeast(),
                        query.page()));
    }
}
