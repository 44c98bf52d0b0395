package org.shopdb.api.reference;

/** Levels of the site hierarchy, outermost first; a child is always deeper than its parent. */
public enum LocationKind { SITE, BUILDING, AREA, CELL }
