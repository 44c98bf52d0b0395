package org.shopdb.plugins.applications.internal;

import java.time.LocalDate;
import java.util.Locale;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Version;

import org.shopdb.api.family.FamilyRow;

/**
 * A row of {@value ApplicationFamily#TABLE}: the catalog's part of an application's asset. Keeps
 * its vendor a second time in lower case ({@code vendorkey}, indexed) so that inventories find
 * the entry by vendor ignoring case on every database.
 */
@Entity
@Table(name = ApplicationFamily.TABLE)
public class ApplicationEntity implements FamilyRow<ApplicationFields> {

    @Id
    @Column(name = "assetid")
    private Long assetId;

    @Column(name = "vendor")
    private String vendor;

    @Column(name = "vendorkey", nullable = false)
    private String vendorKey;

    @Column(name = "category")
    private String category;

    @Column(name = "licence")
    private String licence;

    @Column(name = "licensedseats")
    private Integer licensedSeats;

    @Column(name = "supportends")
    private LocalDate supportEnds;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected ApplicationEntity() {
    }

    public ApplicationEntity(long assetId, ApplicationFields fields) {
        this.assetId = assetId;
        apply(fields);
    }

    /** The vendor as the catalog matches it: lower case, {@code ""} for none. */
    public static String vendorKey(String vendor) {
        return vendor == null ? "" : vendor.trim().toLowerCase(Locale.ROOT);
    }

    @Override
    public final void apply(ApplicationFields fields) {
        vendor = fields.vendor();
        vendorKey = vendorKey(fields.vendor());
        category = fields.category();
        licence = fields.licence();
        licensedSeats = fields.licensedSeats();
        supportEnds = fields.supportEnds();
    }

    @Override
    public ApplicationFields fields() {
        return new ApplicationFields(vendor, category, licence, licensedSeats, supportEnds);
    }

    @Override
    public long assetId() {
        return assetId;
    }

    @Override
    public long version() {
        return version;
    }
}
