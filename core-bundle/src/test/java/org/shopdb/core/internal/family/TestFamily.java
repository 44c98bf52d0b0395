package org.shopdb.core.internal.family;

import java.net.URL;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.shopdb.api.error.FieldError;
import org.shopdb.api.family.AssetFamily;
import org.shopdb.api.family.FamilyFields;
import org.shopdb.api.family.FilterParameter;

/** A small family as a plugin would declare it, for the core's family tests; each test may bend one part of it. */
class TestFamily<F extends Record & FamilyFields> implements AssetFamily<F> {

    public record PrinterFields(String model, Long pagesPrinted, String queue, Instant lastStatus) implements FamilyFields {
    }

    private final Class<F> fieldsType;

    TestFamily(Class<F> fieldsType) {
        this.fieldsType = fieldsType;
    }

    static TestFamily<PrinterFields> printers() {
        return new TestFamily<>(PrinterFields.class);
    }

    @Override
    public String typeCode() {
        return "printer";
    }

    @Override
    public String typeName() {
        return "Printer";
    }

    @Override
    public String owner() {
        return "org.shopdb.plugins.printers";
    }

    @Override
    public String entityName() {
        return "printer";
    }

    @Override
    public String table() {
        return "printers";
    }

    @Override
    public Class<F> fieldsType() {
        return fieldsType;
    }

    @Override
    public URL fieldSchema() {
        return TestFamily.class.getResource("/family/printers.json");
    }

    @Override
    public List<FilterParameter> filters() {
        return List.of(FilterParameter.text("queue"), FilterParameter.absentOrBefore("silentsince", "laststatus"));
    }

    @Override
    public Set<String> sortable() {
        return Set.of("model");
    }

    @Override
    public Set<String> unique() {
        return Set.of("queue");
    }

    /** A queue names its print server: {@code \\server\share}. */
    @Override
    public List<FieldError> check(F fields) {
        Object queue = fields.byName().get("queue");
        return queue == null || queue.toString().startsWith("\\\\") ? List.of()
                : List.of(new FieldError("queue", "must be \\\\server\\share"));
    }
}
