package org.shopdb.core.internal.collector;

/** The body exceeds {@code SHOPDB_COLLECTOR_MAX_BODY_BYTES}: answered 413, nothing read beyond the limit. */
public final class BodyTooLargeException extends Exception {

    private static final long serialVersionUID = 1L;

    public BodyTooLargeException(long limit) {
        super("The body exceeds " + limit + " bytes (SHOPDB_COLLECTOR_MAX_BODY_BYTES); send smaller batches");
    }
}
