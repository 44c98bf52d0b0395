package org.shopdb.plugins.applications.internal.catalog;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.shopdb.api.audit.Actor;
import org.shopdb.api.family.FamilyStore;
import org.shopdb.api.family.Lookup;
import org.shopdb.plugins.applications.internal.ApplicationFields;
import org.shopdb.plugins.applications.internal.ApplicationStore;

/**
 * The software catalog as inventories use it: one entry per name and vendor (ignoring case),
 * created the first time a computer reports the software. A new entry's asset number is made
 * from its name and vendor ({@link #assetNumber}), so two inventories racing to create the same
 * entry cannot both succeed, and an entry an operator renamed is still found by it.
 */
@Component(service = Catalog.class)
public class Catalog {

    static final int SLUG_LENGTH = 30;

    private final ApplicationStore applications;

    @Activate
    public Catalog(@Reference ApplicationStore applications) {
        this.applications = applications;
    }

    /**
     * The entry of each reported application, created where the catalog has none.
     *
     * @param reported the name and vendor as reported, by catalog key
     * @return the entry's asset id, by catalog key
     */
    public Map<CatalogKey, Long> resolve(Actor actor, Map<CatalogKey, Reported> reported) {
        Map<CatalogKey, Long> found = find(reported.keySet());
        Map<CatalogKey, Long> ids = new LinkedHashMap<>();
        FamilyStore<ApplicationFields> store = applications.store();
        reported.forEach((key, application) -> ids.put(key, Optional.ofNullable(found.get(key))
                .or(() -> store.findId(Lookup.assetNumber(assetNumber(key))))
                .orElseGet(() -> store.create(actor, Map.of("assetnumber", assetNumber(key), "name", application.name().trim(),
                        "vendor", application.vendor() == null ? "" : application.vendor())).assetId())));
        return ids;
    }

    /** The entries the catalog has for these keys (the oldest, should an operator have made two), in one query. */
    Map<CatalogKey, Long> find(Collection<CatalogKey> keys) {
        if (keys.isEmpty()) {
            return Map.of();
        }
        Set<String> vendors = keys.stream().map(CatalogKey::vendor).collect(Collectors.toCollection(TreeSet::new));
        String placeholders = vendors.stream().map(vendor -> "?").collect(Collectors.joining(", "));
        List<?> rows = applications.withEntityManager(em -> {
            javax.persistence.Query query = em.createNativeQuery("select p.assetid, a.name, p.vendorkey from applications p"
                    + " join assets a on a.assetid = p.assetid where p.vendorkey in (" + placeholders + ") order by p.assetid");
            int position = 1;
            for (String vendor : vendors) {
                query.setParameter(position++, vendor);
            }
            return query.getResultList();
        });
        Map<CatalogKey, Long> found = new HashMap<>();
        for (Object row : rows) {
            Object[] columns = (Object[]) row;
            found.putIfAbsent(CatalogKey.of((String) columns[1], (String) columns[2]), ((Number) columns[0]).longValue());
        }
        found.keySet().retainAll(keys);
        return found;
    }

    /**
     * {@code APP-}, the name's letters and digits (at most {@value #SLUG_LENGTH}), and 8 hex digits
     * of the SHA-256 of vendor and name: {@code APP-7ZIP2301X64-1F0C93A2}. The same for the same
     * key, different for different keys but by a one-in-four-billion chance.
     */
    public static String assetNumber(CatalogKey key) {
        String slug = key.name().toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "");
        if (slug.length() > SLUG_LENGTH) {
            slug = slug.substring(0, SLUG_LENGTH);
        }
        String hash;
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest((key.vendor() + "\n" + key.name()).getBytes(StandardCharsets.UTF_8));
            hash = HexFormat.of().withUpperCase().formatHex(digest, 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
        return "APP-" + (slug.isEmpty() ? "" : slug + "-") + hash;
    }

    /** An application as an inventory names it. */
    public record Reported(String name, String vendor) {
    }
}
