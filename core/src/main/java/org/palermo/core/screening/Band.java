package org.palermo.core.screening;

import java.util.Locale;

/** A coarse reading of the risk for queues and filters; thresholds live in the {@link Calibration}. */
public enum Band {
    LOW, MEDIUM, HIGH;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
