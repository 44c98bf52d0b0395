package org.shopdb.api.error;

/** The named entity does not exist. */
public class NotFoundException extends ShopdbException {

    private static final long serialVersionUID = 1L;

    public NotFoundException(String entityType, Object id) {
        super(entityType + " " + id + " not found");
    }

    @Override
    public String code() {
        return "not_found";
    }
}
