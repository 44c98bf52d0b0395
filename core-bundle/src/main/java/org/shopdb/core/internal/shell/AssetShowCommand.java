package org.shopdb.core.internal.shell;

import java.io.PrintStream;
import java.util.Optional;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;
import org.shopdb.api.asset.Asset;
import org.shopdb.api.asset.AssetService;
import org.shopdb.api.audit.AuditEntry;
import org.shopdb.api.audit.AuditService;

/** {@code shopdb:asset-show}: one asset and its latest changes. */
@Command(scope = "shopdb", name = "asset-show", description = "Shows an asset, by id or asset number, with its latest changes")
@Service
public class AssetShowCommand implements Action {

    static final int RECENT_CHANGES = 10;

    @Reference
    private AssetService assets;

    @Reference
    private AuditService audit;

    @Reference
    private Session session;

    @Argument(index = 0, name = "asset", description = "Asset id or asset number", required = true)
    private String key;

    @Override
    public Object execute() {
        PrintStream out = session.getConsole();
        Optional<Asset> found = lookup();
        if (found.isEmpty()) {
            out.println("No asset with id or number '" + key + "'");
            return null;
        }
        Asset asset = found.get();
        out.println("Asset " + asset.assetNumber() + " (id " + asset.assetId() + ", version " + asset.version() + ")");
        out.println("  name:           " + asset.name());
        out.println("  type / status:  " + asset.assetTypeCode() + " / " + asset.statusCode() + (asset.active() ? "" : " (inactive)"));
        out.println("  location id:    " + valueOrDash(asset.locationId()));
        out.println("  business unit:  " + valueOrDash(asset.businessUnitId()));
        out.println("  serial number:  " + valueOrDash(asset.serialNumber()));
        out.println("  notes:          " + valueOrDash(asset.notes()));
        out.println("  created:        " + asset.createdDate() + ", modified " + asset.modifiedDate());
        out.println("Latest changes:");
        audit.forEntity("Asset", String.valueOf(asset.assetId())).stream().limit(RECENT_CHANGES).forEach(entry -> out.println(
                "  " + entry.occurredAt() + "  " + entry.action() + " by " + entry.actor().name() + "  " + describe(entry)));
        return null;
    }

    private Optional<Asset> lookup() {
        if (key.chars().allMatch(Character::isDigit)) {
            Optional<Asset> byId = assets.find(Long.parseLong(key));
            if (byId.isPresent()) {
                return byId;
            }
        }
        return assets.findByNumber(key);
    }

    private static String describe(AuditEntry entry) {
        StringBuilder text = new StringBuilder();
        entry.changes().forEach((field, change) -> text.append(field).append(": ").append(change.from())
                .append(" -> ").append(change.to()).append("; "));
        return text.toString();
    }

    private static String valueOrDash(Object value) {
        return value == null ? "-" : value.toString();
    }
}
