package org.shopdb.plugins.printers.internal.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.shopdb.api.audit.FieldChange;

class StatusChangeTest {

    @Test
    void theSameStatusAndMessageIsNoChange() {
        StatusChange same = new StatusChange("error", "Paper jam", "error", "Paper jam");
        assertFalse(same.isChange());
        assertFalse(same.worthAuditing());
    }

    @Test
    void idleAndPrintingComeAndGoWithoutAnAuditRow() {
        assertTrue(new StatusChange("idle", "Ready", "printing", "Printing").isChange());
        assertFalse(new StatusChange("idle", "Ready", "printing", "Printing").worthAuditing());
        assertFalse(new StatusChange("printing", null, "idle", "Sleep mode").worthAuditing());
        assertFalse(new StatusChange(null, null, "idle", "Ready").worthAuditing(), "a first report of a working printer");
    }

    @Test
    void enteringLeavingOrChangingAProblemIsAudited() {
        assertTrue(new StatusChange("idle", "Ready", "error", "Paper jam in tray 2").worthAuditing());
        assertTrue(new StatusChange("offline", null, "idle", "Ready").worthAuditing(), "back again");
        assertTrue(new StatusChange("warning", "Toner low", "warning", "Toner low; paper low").worthAuditing());
        assertTrue(new StatusChange(null, null, "offline", null).worthAuditing());
    }

    @Test
    void theAuditRowNamesStatusAndMessageOldToNew() {
        StatusChange jam = new StatusChange("idle", "Ready", "error", "Paper jam");
        assertEquals(new FieldChange("idle", "error"), jam.changes().get("printerstatus"));
        assertEquals(new FieldChange("Ready", "Paper jam"), jam.changes().get("statusmessage"));
        assertTrue(jam.statusChanged());
        assertFalse(new StatusChange("error", "Paper jam", "error", "Cover open").statusChanged(), "the message alone");
    }
}
