package org.shopdb.api.error;

/** Base of the failures ShopDB services report to their callers. */
public abstract class ShopdbException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    protected ShopdbException(String message) {
        super(message);
    }

    /** Stable, machine-readable code, e.g. {@code not_found}. */
    public abstract String code();
}
