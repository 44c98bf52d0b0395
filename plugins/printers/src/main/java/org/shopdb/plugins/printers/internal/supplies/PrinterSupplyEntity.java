package org.shopdb.plugins.printers.internal.supplies;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;

import org.shopdb.api.family.Times;

/** A row of {@code printersupplies}: one supply of a printer, as last reported. */
@Entity
@Table(name = PrinterSupplyEntity.TABLE)
public class PrinterSupplyEntity {

    public static final String TABLE = "printersupplies";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "supplyid")
    private Long supplyId;

    @Column(name = "assetid", nullable = false)
    private long assetId;

    @Column(name = "supplykind", nullable = false)
    private String supplyKind;

    @Column(name = "colour")
    private String colour;

    @Column(name = "description")
    private String description;

    @Column(name = "levelpercent")
    private Integer levelPercent;

    @Column(name = "capacity")
    private Integer capacity;

    @Column(name = "capacityunit")
    private String capacityUnit;

    @Column(name = "reportedat", nullable = false)
    private LocalDateTime reportedAt;

    protected PrinterSupplyEntity() {
    }

    PrinterSupplyEntity(long assetId, Supply supply, Instant reportedAt) {
        this.assetId = assetId;
        apply(supply);
        this.reportedAt = Times.toColumn(reportedAt);
    }

    final void apply(Supply supply) {
        supplyKind = supply.supplyKind();
        colour = supply.colour();
        description = supply.description();
        levelPercent = supply.levelPercent();
        capacity = supply.capacity();
        capacityUnit = supply.capacityUnit();
    }

    Supply supply() {
        return new Supply(supplyKind, colour, description, levelPercent, capacity, capacityUnit);
    }

    long supplyId() {
        return supplyId;
    }

    /** As {@code GET /api/printers/{id}/supplies} shows it: {@code supplyid}, the supply's values, {@code reportedat}. */
    Map<String, Object> toJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("supplyid", supplyId);
        json.putAll(supply().byName());
        json.put("reportedat", Times.fromColumn(reportedAt));
        return json;
    }
}
