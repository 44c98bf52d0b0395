package org.shopdb.api.collector;

import org.shopdb.api.error.ShopdbException;

/** The collector is registered but cannot take records (its record schema is unusable: the server log says why). */
public class CollectorUnavailableException extends ShopdbException {

    private static final long serialVersionUID = 1L;

    public CollectorUnavailableException(String message) {
        super(message);
    }

    @Override
    public String code() {
        return "unavailable";
    }
}
