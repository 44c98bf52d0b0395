package ${package}.internal;

/** A row of table {@value ${entityName}AssetType#TABLE} as read, with its optimistic-lock version. */
public record Stored${entityName}(long assetId, ${entityName}Fields fields, long version) {
}
