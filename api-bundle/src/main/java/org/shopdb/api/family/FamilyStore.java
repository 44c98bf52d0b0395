package org.shopdb.api.family;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;
import org.shopdb.api.audit.Actor;
import org.shopdb.api.error.NotFoundException;
import org.shopdb.api.paging.Page;
import org.shopdb.api.plugin.CollectorOutcome;
import org.shopdb.api.plugin.WidgetData;

/**
 * The items of one asset family: asset, plugin row and primary address together. Every write
 * runs in one {@link org.shopdb.api.tx.UnitOfWork} (joining the caller's), writes the asset
 * through {@link org.shopdb.api.asset.AssetService}, the address through
 * {@link org.shopdb.api.asset.NetworkAddressService} and an audit row of the plugin's changed
 * fields (entity {@link AssetFamily#entityName()}), so that a failure anywhere leaves nothing behind.
 *
 * <p>Values come and go under their JSON names (see {@link FamilyItem#toJson()}). Writes check
 * them against the family's field schema, its {@link AssetFamily#check} rules and
 * {@link AssetFamily#unique} fields, and refuse names the schema does not know.
 */
@ProviderType
public interface FamilyStore<F extends Record & FamilyFields> {

    AssetFamily<F> family();

    /**
     * One page: the items in one query, their assets, rows and addresses in one more each.
     *
     * @throws org.shopdb.api.error.InvalidRequestException for a sort field the family does not offer
     * @throws org.shopdb.api.error.ValidationException     for an unknown location
     */
    Page<FamilyItem<F>> list(FamilyQuery query);

    /** The item, when an asset of the family's type has that id. */
    Optional<FamilyItem<F>> find(long assetId);

    /** @throws NotFoundException naming the family's entity for an unknown id */
    default FamilyItem<F> require(long assetId) {
        return find(assetId).orElseThrow(() -> new NotFoundException(family().entityName(), assetId));
    }

    /**
     * Creates an item from a request body's values.
     *
     * @throws org.shopdb.api.error.ValidationException naming every bad field
     * @throws org.shopdb.api.error.ConflictException   when the asset number or a unique field is taken
     */
    FamilyItem<F> create(Actor actor, Map<String, ?> values);

    /**
     * Replaces every editable field of an item; {@code values} must carry the {@code version}
     * the caller read. Only what differs is written and audited.
     *
     * @throws NotFoundException                         for an unknown item
     * @throws org.shopdb.api.error.StaleVersionException when the item changed since, with its current state
     * @throws org.shopdb.api.error.ValidationException  naming every bad field, or a missing version
     * @throws org.shopdb.api.error.ConflictException    when the asset number or a unique field is taken
     */
    FamilyItem<F> replace(Actor actor, long assetId, Map<String, ?> values);

    /**
     * Deletes the item's asset; {@code ON DELETE CASCADE} removes the plugin row. The plugin's
     * fields are audited with their last values.
     *
     * @throws NotFoundException for an unknown item
     */
    void delete(Actor actor, long assetId);

    /**
     * The id of the family's item the lookup finds; empty for a blank value or when none matches.
     *
     * @throws org.shopdb.api.error.ConflictException when several items match (which one a record means is not for the store to guess)
     */
    Optional<Long> findId(Lookup lookup);

    /**
     * Every item the lookup finds, lowest id first; empty for a blank value. For a collector whose
     * natural key may match several items (a serial number clones share) and that decides itself
     * what that means — an exception escaping a lookup would doom the caller's transaction.
     *
     * @since 1.1
     */
    List<Long> findIds(Lookup lookup);

    /**
     * A collector's upsert: creates the item from {@code defaults} overlaid with {@code reported}
     * when {@code existing} is empty; otherwise lays {@code reported} over the item's current
     * values (fields it leaves out keep theirs; {@code assetnumber} and {@code name} are only
     * used on creation: the site's numbering and naming win over discovery) and replaces it when
     * that changes anything. An identical report writes nothing and is {@code UNCHANGED}.
     */
    CollectorOutcome upsert(Actor actor, Optional<Long> existing, Map<String, ?> reported, Map<String, ?> defaults);

    /**
     * Moves a time column of the item forward to {@code at}, never back, without growing its
     * version or writing an audit row: a collector's heartbeat ({@code lastseen}) must not make a
     * user's open edit stale.
     */
    void touch(long assetId, String column, Instant at);

    /**
     * How many items have each value of a field: {@code status} (by status code),
     * {@code locationid}, {@code businessunitid} or one of the plugin's columns; items without a
     * value count under {@code null}. Most frequent first.
     */
    Map<Object, Long> countBy(String field);

    /**
     * How many items are in each status, as a dashboard breakdown: every status of the site in
     * its usual order under its name, zeros included, so that a site's bars stay in place.
     * One grouped query.
     *
     * @since 1.1
     */
    WidgetData.Breakdown statusBreakdown();
}
