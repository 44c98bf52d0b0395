package org.shopdb.plugins.printers.internal.report;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import org.shopdb.api.audit.FieldChange;
import org.shopdb.api.audit.FieldChanges;
import org.shopdb.plugins.printers.internal.PrinterStatus;

/**
 * A printer's reported status and message before and after a report (status codes, {@code null}: never reported).
 */
record StatusChange(String statusBefore, String messageBefore, String statusAfter, String messageAfter) {

    boolean isChange() {
        return !Objects.equals(statusBefore, statusAfter) || !Objects.equals(messageBefore, messageAfter);
    }

    boolean statusChanged() {
        return !Objects.equals(statusBefore, statusAfter);
    }

    /**
     * Whether the audit trail should show it: when the printer enters, leaves or stays in a state
     * that needs attention (warning, error, offline) — "offline since Tuesday", "paper jam cleared".
     * Between idle and printing (and their messages) a poller only catches a print job at random;
     * recording those would bury the changes that matter.
     */
    boolean worthAuditing() {
        return isChange() && (needsAttention(statusBefore) || needsAttention(statusAfter));
    }

    Map<String, FieldChange> changes() {
        Map<String, Object> before = new LinkedHashMap<>();
        before.put("printerstatus", statusBefore);
        before.put("statusmessage", messageBefore);
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("printerstatus", statusAfter);
        after.put("statusmessage", messageAfter);
        return FieldChanges.between(before, after);
    }

    private static boolean needsAttention(String code) {
        return PrinterStatus.of(code).map(PrinterStatus::needsAttention).orElse(false);
    }
}
