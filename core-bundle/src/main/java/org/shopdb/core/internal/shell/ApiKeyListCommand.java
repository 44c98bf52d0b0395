package org.shopdb.core.internal.shell;

import java.time.Instant;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.table.ShellTable;
import org.shopdb.core.internal.apikey.ApiKey;
import org.shopdb.core.internal.apikey.ApiKeyStore;

/** {@code shopdb:apikey-list}: every API key, active or revoked, without secrets. */
@Command(scope = "shopdb", name = "apikey-list", description = "Lists API keys (prefix, scope, creator, last use, revocation); never the keys themselves")
@Service
public class ApiKeyListCommand implements Action {

    @Reference
    private ApiKeyStore keys;

    @Reference
    private Session session;

    @Override
    public Object execute() {
        ShellTable table = new ShellTable();
        for (String column : new String[] {"Id", "Name", "Prefix", "Collectors", "Created by", "Created", "Last used", "Revoked"}) {
            table.column(column);
        }
        for (ApiKey key : keys.list()) {
            table.addRow().addContent(key.apiKeyId(), key.name(), key.prefix() + "...", key.scope(), key.createdBy(),
                    dash(key.createdDate()), dash(key.lastUsedDate()), dash(key.revokedDate()));
        }
        table.print(session.getConsole());
        return null;
    }

    private static String dash(Instant instant) {
        return instant == null ? "-" : instant.toString();
    }
}
