package org.shopdb.plugins.printers.internal;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * What a printer reported about itself, as its status poller maps it (Printer-MIB/Host-MIB:
 * {@code hrPrinterStatus}, {@code hrDeviceStatus}, {@code hrPrinterDetectedErrorState}; no
 * answer is {@link #OFFLINE}). Stored under {@link #code()} in {@code printers.printerstatus}.
 */
public enum PrinterStatus {
    IDLE, PRINTING, WARNING, ERROR, OFFLINE;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Warning, error and offline: someone has to look. Idle and printing are a printer at work. */
    public boolean needsAttention() {
        return this == WARNING || this == ERROR || this == OFFLINE;
    }

    public static Optional<PrinterStatus> of(String code) {
        return code == null ? Optional.empty() : Arrays.stream(values()).filter(status -> status.code().equals(code)).findFirst();
    }
}
