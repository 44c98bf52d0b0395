package ${package}.internal;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Version;

/** A row of table {@value ${entityName}AssetType#TABLE}: the plugin's part of an asset, keyed by its {@code assetid}. */
@Entity
@Table(name = ${entityName}AssetType.TABLE)
public class ${entityName}Entity {

    @Id
    @Column(name = "assetid")
    private Long assetId;

    @Column(name = "vendor", length = ${entityName}Fields.NAME_LENGTH)
    private String vendor;

    @Column(name = "model", nullable = false, length = ${entityName}Fields.NAME_LENGTH)
    private String model;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected ${entityName}Entity() {
    }

    ${entityName}Entity(long assetId, ${entityName}Fields fields) {
        this.assetId = assetId;
        apply(fields);
    }

    final void apply(${entityName}Fields fields) {
        this.vendor = fields.vendor();
        this.model = fields.model();
    }

    long version() {
        return version;
    }

    Stored${entityName} toStored() {
        return new Stored${entityName}(assetId, new ${entityName}Fields(vendor, model), version);
    }
}
