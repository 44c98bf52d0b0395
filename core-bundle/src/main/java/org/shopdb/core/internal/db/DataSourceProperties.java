package org.shopdb.core.internal.db;

import java.util.Dictionary;
import java.util.Hashtable;


/** Service properties ShopDB puts on its data sources, and reads back from them. */
public final class DataSourceProperties {

    /** The JNDI-style name persistence units and {@code jdbc:*} commands select by. */
    public static final String JNDI_NAME = "osgi.jndi.service.name";
    public static final String DATA_SOURCE_NAME = "dataSourceName";
    /** Redacted URL: no credentials, no parameters. */
    public static final String URL = "shopdb.db.url";
    public static final String DRIVER = "shopdb.db.driver";
    public static final String EMBEDDED = "shopdb.db.embedded";

    private DataSourceProperties() {
    }

    static Dictionary<String, Object> of(String name, DatabaseSettings settings) {
        Dictionary<String, Object> properties = new Hashtable<>();
        properties.put(JNDI_NAME, name);
        properties.put(DATA_SOURCE_NAME, name);
        properties.put(URL, settings.redactedUrl());
        properties.put(DRIVER, settings.driverName());
        properties.put(EMBEDDED, settings.isEmbedded());
        return properties;
    }
}
