package org.shopdb.core.internal.collector;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.shopdb.api.audit.Actor;
import org.shopdb.api.error.FieldError;
import org.shopdb.api.error.ShopdbException;
import org.shopdb.api.error.ValidationException;
import org.shopdb.api.plugin.CollectorOutcome;
import org.shopdb.api.tx.UnitOfWork;
import org.shopdb.core.internal.persistence.ConstraintViolations;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import tools.jackson.databind.JsonNode;

/**
 * Runs a batch through a collector: validated first (schema, natural keys), then handed
 * record by record to the plugin inside one transaction ({@link IngestMode#ALL_OR_NOTHING})
 * or one transaction per record ({@link IngestMode#PER_RECORD}). A record the plugin or the
 * database refuses is reported naming its index.
 */
@Component(service = CollectorIngestion.class)
public class CollectorIngestion {

    private static final Logger LOG = LoggerFactory.getLogger(CollectorIngestion.class);

    private final UnitOfWork unitOfWork;

    @Activate
    public CollectorIngestion(@Reference UnitOfWork unitOfWork) {
        this.unitOfWork = unitOfWork;
    }

    /**
     * @throws ValidationException (422) for a repeated natural key in either mode, and in
     *         all-or-nothing mode for any invalid or refused record; nothing is written then
     */
    public IngestReport ingest(RegisteredCollector collector, List<JsonNode> records, Actor actor, IngestMode mode) {
        BatchValidation validation = BatchValidation.of(records, collector.schema(), collector.naturalKey());
        if (!validation.duplicates().isEmpty()) {
            throw new ValidationException(validation.duplicates());
        }
        List<RecordResult> results = mode == IngestMode.ALL_OR_NOTHING
                ? allOrNothing(collector, records.size(), validation, actor)
                : perRecord(collector, records.size(), validation, actor);
        return IngestReport.of(collector.name(), mode, results);
    }

    private List<RecordResult> allOrNothing(RegisteredCollector collector, int size, BatchValidation validation, Actor actor) {
        if (!validation.invalidRecords().isEmpty()) {
            throw new ValidationException(validation.schemaErrors());
        }
        return unitOfWork.required(() -> {
            List<RecordResult> results = new ArrayList<>(size);
            for (int index = 0; index < size; index++) {
                results.add(RecordResult.of(index, ingestOne(collector, actor, validation.values(index), index)));
            }
            return results;
        });
    }

    private List<RecordResult> perRecord(RegisteredCollector collector, int size, BatchValidation validation, Actor actor) {
        List<RecordResult> results = new ArrayList<>(size);
        for (int index = 0; index < size; index++) {
            List<FieldError> invalid = validation.invalidRecords().get(index);
            if (invalid != null) {
                results.add(RecordResult.failed(index, invalid));
                continue;
            }
            int current = index;
            try {
                CollectorOutcome outcome = unitOfWork.required(() -> ingestOne(collector, actor, validation.values(current), current));
                results.add(RecordResult.of(index, outcome));
            } catch (ValidationException refused) {
                results.add(RecordResult.failed(index, refused.errors()));
            } catch (RuntimeException failure) {
                String incident = UUID.randomUUID().toString();
                LOG.error("Collector {} failed on records[{}], incident {}", collector.name(), index, incident, failure);
                results.add(RecordResult.failed(index, List.of(new FieldError(BatchValidation.field(index, ""),
                        "internal error; incident " + incident + " is in the server log"))));
            }
        }
        return results;
    }

    /** One record through the plugin; its refusals become validation errors naming the record. */
    private static CollectorOutcome ingestOne(RegisteredCollector collector, Actor actor, Map<String, Object> record, int index) {
        CollectorOutcome outcome;
        try {
            outcome = collector.collector().ingest(actor, record);
        } catch (ValidationException refused) {
            throw new ValidationException(refused.errors().stream()
                    .map(error -> new FieldError(BatchValidation.field(index, error.field() == null ? "" : error.field()), error.message()))
                    .toList());
        } catch (ShopdbException refused) {
            throw new ValidationException(List.of(new FieldError(BatchValidation.field(index, ""), refused.getMessage())));
        } catch (RuntimeException failure) {
            if (!ConstraintViolations.isConstraintViolation(failure)) {
                throw failure;
            }
            LOG.warn("Collector {}: the database refused records[{}]: {}", collector.name(), index, failure.getMessage());
            throw new DatabaseRefusalException(List.of(new FieldError(BatchValidation.field(index, ""),
                    "refused by the database: it breaks an integrity constraint (see the server log)")));
        }
        if (outcome == null) {
            throw new IllegalStateException("Collector " + collector.name() + " of bundle " + collector.bundle()
                    + " answered no outcome for records[" + index + "]");
        }
        return outcome;
    }
}
