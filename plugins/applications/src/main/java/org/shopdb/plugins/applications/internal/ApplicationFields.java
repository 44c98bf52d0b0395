package org.shopdb.plugins.applications.internal;

import java.time.LocalDate;

import org.shopdb.api.family.FamilyFields;

/**
 * The columns of {@code applications} besides its key and version: what the catalog says
 * about a piece of software. The application's name is its asset's name; name and vendor
 * (ignoring case) identify the catalog entry, whatever version each computer runs (the
 * versions are the installations'). Types, lengths and ranges are the field schema's
 * (schema/applications.json).
 *
 * @param vendor        the publisher as inventories report it, e.g. {@code Siemens}, {@code Igor Pavlov}
 * @param category      what kind of software: CAD/CAM, machine software, measuring, office, …
 * @param licence       the licence model, e.g. {@code per seat}, {@code site licence}, {@code freeware}, {@code GPL-3.0}
 * @param licensedSeats how many installations the site's licences cover, to compare with the installations counted
 * @param supportEnds   when the vendor's support or maintenance ends
 */
public record ApplicationFields(String vendor, String category, String licence, Integer licensedSeats, LocalDate supportEnds)
        implements FamilyFields {
}
