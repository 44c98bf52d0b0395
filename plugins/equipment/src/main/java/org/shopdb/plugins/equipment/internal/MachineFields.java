package org.shopdb.plugins.equipment.internal;

import java.time.LocalDate;
import java.util.Locale;

import org.shopdb.api.family.FamilyFields;

/**
 * The columns of table {@value MachineFamily#TABLE} besides its key and version (the common
 * ones, serial number included, live on the asset). Types, lengths and the code lists of
 * {@code kind}, {@code controllervendor} and {@code dncconnection} are the field schema's
 * (schema/equipment.json); rules a schema cannot say are {@link MachineFamily#check}'s.
 *
 * @param machineNumber      the shop floor's name for the machine, e.g. {@code M-0012}; unique, kept in upper case
 * @param kind               lathe, mill, machiningcentre, grinder, edm, cmm, press, robot or other
 * @param vendor             the machine tool builder, e.g. {@code DMG MORI}
 * @param controllerVendor   the CNC's maker: fanuc, siemens, heidenhain, mazak, okuma, haas or other
 * @param controllerModel    e.g. {@code SINUMERIK 840D sl}, {@code TNC 640}, {@code 31i-B5}
 * @param controllerSoftware the CNC's software version as the control reports it, e.g. {@code 4.95 SP1}
 * @param installDate        when the machine was installed (commissioned) on the site
 * @param dncConnection      how NC programs reach the machine: serial, ftp, share, mtconnect, opcua, focas, usb, manual or other
 * @param dncAddress         where: serial port and settings, FTP URL, UNC share, agent URL; never with credentials
 */
public record MachineFields(String machineNumber, String kind, String vendor, String model, String controllerVendor,
        String controllerModel, String controllerSoftware, LocalDate installDate, String dncConnection, String dncAddress)
        implements FamilyFields {

    /** Machine numbers compare ignoring case everywhere (lookups, uniqueness, search); stored one way, upper case. */
    public MachineFields {
        machineNumber = machineNumber == null ? null : machineNumber.toUpperCase(Locale.ROOT);
    }
}
