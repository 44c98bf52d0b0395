package org.shopdb.core.internal.shell;

import java.util.List;

import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.CommandLine;
import org.apache.karaf.shell.api.console.Completer;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.completers.StringsCompleter;
import org.shopdb.api.asset.AssetType;
import org.shopdb.api.asset.AssetTypeService;

/** Completes asset type codes. */
@Service
public class AssetTypeCompleter implements Completer {

    @Reference
    private AssetTypeService types;

    @Override
    public int complete(Session session, CommandLine commandLine, List<String> candidates) {
        StringsCompleter codes = new StringsCompleter();
        types.list().stream().map(AssetType::code).forEach(codes.getStrings()::add);
        return codes.complete(session, commandLine, candidates);
    }
}
