package org.shopdb.api.tx;

/** A transaction could not complete; nothing it wrote was committed. */
public class TransactionFailedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public TransactionFailedException(String message, Throwable cause) {
        super(message, cause);
    }
}
