package org.shopdb.core.internal.collector;

import java.util.List;

import org.shopdb.api.error.FieldError;
import org.shopdb.api.error.ValidationException;

/**
 * A record the database refused (an integrity constraint), reported like any refused record;
 * kept apart so that {@link CoreCollectorService} can tell a concurrent insert from bad data.
 */
public class DatabaseRefusalException extends ValidationException {

    private static final long serialVersionUID = 1L;

    DatabaseRefusalException(List<FieldError> errors) {
        super(errors);
    }
}
