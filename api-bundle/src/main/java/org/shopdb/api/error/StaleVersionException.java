package org.shopdb.api.error;

/**
 * The caller edited a stale copy: someone saved the entity since it was read. Carries the
 * current state so the caller can show it and merge.
 */
public class StaleVersionException extends ConflictException {

    private static final long serialVersionUID = 1L;

    private final transient Object current;

    public StaleVersionException(String entityType, Object id, long staleVersion, Object current) {
        super(entityType + " " + id + " was changed by someone else since version " + staleVersion + "; reload and apply your change again");
        this.current = current;
    }

    /** The entity as it is now. */
    public Object current() {
        return current;
    }

    @Override
    public String code() {
        return "stale_version";
    }
}
