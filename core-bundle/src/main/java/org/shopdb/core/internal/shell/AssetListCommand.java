package org.shopdb.core.internal.shell;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.table.ShellTable;
import org.shopdb.api.asset.Asset;
import org.shopdb.api.asset.AssetQuery;
import org.shopdb.api.asset.AssetService;
import org.shopdb.api.paging.Page;
import org.shopdb.api.paging.PageRequest;

/** {@code shopdb:asset-list}: assets, filtered and paged like {@code GET /api/assets}. */
@Command(scope = "shopdb", name = "asset-list", description = "Lists assets, filtered by type, status or text")
@Service
public class AssetListCommand implements Action {

    @Reference
    private AssetService assets;

    @Reference
    private Session session;

    @Option(name = "-t", aliases = "--type", description = "Asset type code, e.g. camera")
    @Completion(AssetTypeCompleter.class)
    private String type;

    @Option(name = "-s", aliases = "--status", description = "Status code: inservice, spare, inrepair, retired")
    private String status;

    @Option(name = "-q", aliases = "--query", description = "Text in asset number, name or serial number")
    private String text;

    @Option(name = "-p", aliases = "--page", description = "Page number, from 1")
    private int page = 1;

    @Option(name = "-n", aliases = "--per-page", description = "Assets per page (1-500)")
    private int perPage = PageRequest.DEFAULT_PER_PAGE;

    @Override
    public Object execute() {
        Page<Asset> found = assets.list(new AssetQuery(type, status, null, null, null, text, new PageRequest(page, perPage, null)));
        ShellTable table = new ShellTable();
        table.column("Id");
        table.column("Asset number");
        table.column("Name");
        table.column("Type");
        table.column("Status");
        table.column("Active");
        for (Asset asset : found.items()) {
            table.addRow().addContent(asset.assetId(), asset.assetNumber(), asset.name(), asset.assetTypeCode(),
                    asset.statusCode(), asset.active() ? "yes" : "no");
        }
        table.print(session.getConsole());
        long pages = Math.max(1, (found.total() + perPage - 1) / perPage);
        session.getConsole().println("page " + found.page() + " of " + pages + ", " + found.total() + " assets");
        return null;
    }
}
