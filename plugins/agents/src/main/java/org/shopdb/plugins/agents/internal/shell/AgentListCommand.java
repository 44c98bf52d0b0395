package org.shopdb.plugins.agents.internal.shell;

import java.time.Instant;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.table.ShellTable;
import org.shopdb.api.paging.Page;
import org.shopdb.api.paging.PageRequest;
import org.shopdb.plugins.agents.internal.ingest.Agent;
import org.shopdb.plugins.agents.internal.ingest.AgentRepository;

/** {@code shopdb:agent-list}: the inventory agents seen, the most recently heard from first. */
@Command(scope = "shopdb", name = "agent-list", description = "Lists the inventory agents seen: device, host, last contact, last result and error, counts")
@Service
public class AgentListCommand implements Action {

    @Reference
    private AgentRepository agents;

    @Reference
    private Session session;

    @Option(name = "-n", aliases = "--max", description = "How many agents to list (most recent first)")
    private int max = 100;

    @Override
    public Object execute() {
        Page<Agent> page = agents.list(new PageRequest(1, Math.max(1, Math.min(max, PageRequest.MAX_PER_PAGE)), null));
        ShellTable table = new ShellTable();
        for (String column : new String[] {"Device", "Protocol", "Host", "Asset", "Last contact", "Last result", "Inventories",
                "Failures", "Software", "Addresses", "Last error"}) {
            table.column(column);
        }
        for (Agent agent : page.items()) {
            table.addRow().addContent(agent.deviceId(), agent.protocol(), dash(agent.hostname()), dash(agent.assetId()),
                    dash(agent.lastContact()), agent.lastResult(), agent.inventories(), agent.failures(), dash(agent.softwareCount()),
                    dash(agent.addressCount()), dash(agent.lastError()));
        }
        table.print(session.getConsole());
        session.getConsole().println(page.items().size() + " of " + page.total() + " agents");
        return null;
    }

    private static String dash(Object value) {
        return value == null ? "-" : value instanceof Instant instant ? instant.toString() : value.toString();
    }
}
