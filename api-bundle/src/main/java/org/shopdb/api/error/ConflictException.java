package org.shopdb.api.error;

/** The write clashes with existing data, e.g. a duplicate asset number. */
public class ConflictException extends ShopdbException {

    private static final long serialVersionUID = 1L;

    public ConflictException(String message) {
        super(message);
    }

    @Override
    public String code() {
        return "conflict";
    }
}
