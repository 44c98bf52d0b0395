package org.shopdb.core.internal.shell;

import java.util.Optional;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;
import org.shopdb.core.internal.apikey.ApiKey;
import org.shopdb.core.internal.apikey.ApiKeyStore;

/** {@code shopdb:apikey-revoke}: refuses a key from the next request on. */
@Command(scope = "shopdb", name = "apikey-revoke", description = "Revokes an API key, by id or name; requests with it are refused at once")
@Service
public class ApiKeyRevokeCommand implements Action {

    @Reference
    private ApiKeyStore keys;

    @Reference
    private Session session;

    @Argument(index = 0, name = "key", required = true, description = "Id or name of the key")
    @Completion(ActiveApiKeyCompleter.class)
    private String key;

    @Override
    public Object execute() {
        ApiKey found = keys.findByName(key)
                .or(() -> key.chars().allMatch(Character::isDigit) ? keys.find(Long.parseLong(key)) : Optional.empty())
                .orElseThrow(() -> new IllegalArgumentException("No API key with name or id '" + key + "'"));
        if (!found.active()) {
            session.getConsole().println("API key " + found.name() + " was already revoked at " + found.revokedDate());
            return null;
        }
        ApiKey revoked = keys.revoke(UserCommands.actor(session), found.apiKeyId());
        session.getConsole().println("API key " + revoked.name() + " (id " + revoked.apiKeyId() + ") revoked");
        return null;
    }
}
