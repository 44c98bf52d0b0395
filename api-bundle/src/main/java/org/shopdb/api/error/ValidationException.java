package org.shopdb.api.error;

import java.util.List;
import java.util.stream.Collectors;

/** The input is invalid; every bad field is named. */
public class ValidationException extends ShopdbException {

    private static final long serialVersionUID = 1L;

    private final List<FieldError> errors;

    public ValidationException(List<FieldError> errors) {
        super(errors.stream().map(e -> e.field() + ": " + e.message()).collect(Collectors.joining("; ")));
        this.errors = List.copyOf(errors);
    }

    public static ValidationException of(String field, String message) {
        return new ValidationException(List.of(new FieldError(field, message)));
    }

    public List<FieldError> errors() {
        return errors;
    }

    @Override
    public String code() {
        return "validation_failed";
    }
}
