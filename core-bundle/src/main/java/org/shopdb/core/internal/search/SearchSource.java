package org.shopdb.core.internal.search;

/**
 * One source of the contains index: the core's fields ({@link #CORE_NAME}) or one plugin search
 * field ({@code <table>.<column>}), with its backfill progress.
 *
 * @param indexedUpTo every row of the source with an {@code assetid} up to this one is indexed;
 *                    rows above it are searched by a scan until {@code complete}
 * @param complete    every row is indexed (rows written since are indexed as they are written)
 */
record SearchSource(int id, String name, String plugin, String pluginVersion, long indexedUpTo, boolean complete) {

    static final int CORE_ID = 1;
    static final String CORE_NAME = "core";

    static String nameOf(String table, String column) {
        return table + "." + column;
    }

    boolean isCore() {
        return id == CORE_ID;
    }

    /** The plugin table, for a plugin field's source. */
    String table() {
        return name.substring(0, name.indexOf('.'));
    }

    /** The plugin column, for a plugin field's source. */
    String column() {
        return name.substring(name.indexOf('.') + 1);
    }
}
