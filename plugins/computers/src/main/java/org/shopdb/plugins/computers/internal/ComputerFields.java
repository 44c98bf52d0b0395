package org.shopdb.plugins.computers.internal;

import java.time.Instant;

import org.shopdb.api.family.FamilyFields;

/**
 * The columns of {@code computers} besides its key and version (the common fields live on the
 * asset). Types, lengths and ranges are the field schema's (schema/computers.json).
 *
 * @param hostname      the PC's name on the network, lower case, unique among computers (the collector's key)
 * @param hardwareUuid  the SMBIOS system UUID, upper case, unique among computers when set; survives renames and reinstalls
 * @param role          what the PC is for: {@code machinecontroller}, {@code cmm}, {@code kiosk}, {@code engineering}, {@code office}, {@code server} or {@code other}
 * @param osBuild       the build/patch level, e.g. {@code 17763.5458}
 * @param cpuCores      physical cores of all CPUs together
 * @param lastUser      the last logged-on user as the OS reports it, e.g. {@code PLANT\jdoe}
 * @param lastBoot      when the PC last started
 * @param lastInventory when the last inventory of the PC was taken (read-only: collectors move it forward)
 */
public record ComputerFields(String hostname, String hardwareUuid, String role, String osName, String osVersion, String osBuild,
        String domain, String manufacturer, String model, String cpu, Integer cpuCores, Integer memoryMb, Integer diskGb,
        String lastUser, Instant lastBoot, Instant lastInventory) implements FamilyFields {
}
