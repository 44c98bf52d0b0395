/**
 * Asset families: what a plugin whose table extends {@code assets} by {@code assetid} needs
 * besides its own columns.
 *
 * <p>A plugin describes its family ({@link AssetFamily}: asset type, audit entity, table, the
 * record of its own columns and its field schema), maps its table with JPA
 * ({@link FamilyRow}, read and written through {@link JpaFamilyRows}), and asks the core's
 * {@link AssetFamilies} service for a {@link FamilyStore}. The store does the rest the same way
 * for every plugin: list with the core's filters, the plugin's own and paging; create, replace
 * and delete with the asset, the plugin row, the primary network address and the audit rows in
 * one transaction; optimistic locking across asset and row; collector upserts by a natural
 * key. {@link AssetFamilyResource} serves it as {@code /api/<name>}.
 *
 * <p>JSON field names are the column names (lower-case concatenated); the plugin record's
 * components are their camel-case spelling ({@code streamUrl} for {@code streamurl}), see
 * {@link RecordFields}.
 */
@Export
@Version("1.1.0")
package org.shopdb.api.family;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
