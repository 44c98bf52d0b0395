package ${package}.internal;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Version;

import org.shopdb.api.family.FamilyRow;

/** A row of table {@value ${entityName}Family#TABLE}: the plugin's part of an asset, keyed by its {@code assetid}. */
@Entity
@Table(name = ${entityName}Family.TABLE)
public class ${entityName}Entity implements FamilyRow<${entityName}Fields> {

    @Id
    @Column(name = "assetid")
    private Long assetId;

    @Column(name = "vendor")
    private String vendor;

    @Column(name = "model", nullable = false)
    private String model;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected ${entityName}Entity() {
    }

    public ${entityName}Entity(long assetId, ${entityName}Fields fields) {
        this.assetId = assetId;
        apply(fields);
    }

    @Override
    public final void apply(${entityName}Fields fields) {
        vendor = fields.vendor();
        model = fields.model();
    }

    @Override
    public ${entityName}Fields fields() {
        return new ${entityName}Fields(vendor, model);
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
