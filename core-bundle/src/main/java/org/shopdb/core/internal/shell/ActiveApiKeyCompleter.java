package org.shopdb.core.internal.shell;

import java.util.List;

import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.CommandLine;
import org.apache.karaf.shell.api.console.Completer;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.completers.StringsCompleter;
import org.shopdb.core.internal.apikey.ApiKey;
import org.shopdb.core.internal.apikey.ApiKeyStore;

/** Completes the names of keys not yet revoked. */
@Service
public class ActiveApiKeyCompleter implements Completer {

    @Reference
    private ApiKeyStore keys;

    @Override
    public int complete(Session session, CommandLine commandLine, List<String> candidates) {
        return new StringsCompleter(keys.list().stream().filter(ApiKey::active).map(ApiKey::name).toList())
                .complete(session, commandLine, candidates);
    }
}
