package org.shopdb.plugins.equipment.internal;

import java.time.LocalDate;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Version;

import org.shopdb.api.family.FamilyRow;

/** A row of table {@value MachineFamily#TABLE}: the machine-specific part of an asset, keyed by its {@code assetid}. */
@Entity
@Table(name = MachineFamily.TABLE)
public class MachineEntity implements FamilyRow<MachineFields> {

    @Id
    @Column(name = "assetid")
    private Long assetId;

    @Column(name = "machinenumber", nullable = false)
    private String machineNumber;

    @Column(name = "kind")
    private String kind;

    @Column(name = "vendor")
    private String vendor;

    @Column(name = "model")
    private String model;

    @Column(name = "controllervendor")
    private String controllerVendor;

    @Column(name = "controllermodel")
    private String controllerModel;

    @Column(name = "controllersoftware")
    private String controllerSoftware;

    @Column(name = "installdate")
    private LocalDate installDate;

    @Column(name = "dncconnection")
    private String dncConnection;

    @Column(name = "dncaddress")
    private String dncAddress;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected MachineEntity() {
    }

    public MachineEntity(long assetId, MachineFields fields) {
        this.assetId = assetId;
        apply(fields);
    }

    @Override
    public final void apply(MachineFields fields) {
        machineNumber = fields.machineNumber();
        kind = fields.kind();
        vendor = fields.vendor();
        model = fields.model();
        controllerVendor = fields.controllerVendor();
        controllerModel = fields.controllerModel();
        controllerSoftware = fields.controllerSoftware();
        installDate = fields.installDate();
        dncConnection = fields.dncConnection();
        dncAddress = fields.dncAddress();
    }

    @Override
    public MachineFields fields() {
        return new MachineFields(machineNumber, kind, vendor, model, controllerVendor, controllerModel, controllerSoftware, installDate,
                dncConnection, dncAddress);
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
