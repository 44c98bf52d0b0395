package org.shopdb.core.internal.shell;

import java.io.PrintStream;
import java.util.List;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;
import org.shopdb.core.internal.apikey.ApiKeyScope;
import org.shopdb.core.internal.apikey.ApiKeyStore;
import org.shopdb.core.internal.apikey.IssuedApiKey;

/** {@code shopdb:apikey-create}: a key for a collector script, printed once. */
@Command(scope = "shopdb", name = "apikey-create",
        description = "Creates an API key for collector scripts and prints it once; without --collector it may post to every collector")
@Service
public class ApiKeyCreateCommand implements Action {

    @Reference
    private ApiKeyStore keys;

    @Reference
    private Session session;

    @Argument(index = 0, name = "name", required = true,
            description = "Name of the key (letters, digits, '.', '_', '-'); audit entries of its requests carry it")
    private String name;

    @Option(name = "-c", aliases = "--collector", multiValued = true,
            description = "A collector the key may post to; repeat for several. Left out: every collector")
    @Completion(CollectorNameCompleter.class)
    private List<String> collectors;

    @Override
    public Object execute() {
        IssuedApiKey issued = keys.create(UserCommands.actor(session), name, ApiKeyScope.of(collectors));
        PrintStream out = session.getConsole();
        out.println("API key " + issued.apiKey().name() + " (id " + issued.apiKey().apiKeyId() + ") for " + issued.apiKey().scope() + ":");
        out.println();
        out.println("  " + issued.secret());
        out.println();
        out.println("Store it now: it is not shown again. Send it as header X-API-Key to POST /api/collector/{name}.");
        return null;
    }
}
