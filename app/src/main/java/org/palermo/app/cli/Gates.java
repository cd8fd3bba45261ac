package org.palermo.app.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Thresholds that an evaluation must meet, checked together so that a run names every failure at once. */
final class Gates {

    private final List<String> failures = new ArrayList<>();
    private final List<String> passes = new ArrayList<>();

    /** Requires {@code value >= minimum} when a minimum was given. A NaN value fails. */
    Gates atLeast(String name, double value, Double minimum) {
        if (minimum != null) {
            record(name, value >= minimum, value, ">=", minimum);
        }
        return this;
    }

    /** Requires {@code value <= maximum} when a maximum was given. A NaN value fails. */
    Gates atMost(String name, double value, Double maximum) {
        if (maximum != null) {
            record(name, value <= maximum, value, "<=", maximum);
        }
        return this;
    }

    private void record(String name, boolean ok, double value, String op, double bound) {
        String line = String.format(Locale.ROOT, "%s = %.4f, required %s %.4f", name, value, op, bound);
        (ok ? passes : failures).add(line);
    }

    /** Prints the outcome and returns the exit code: 0 when every gate passed, 1 otherwise. */
    int report(PrintStream out) {
        passes.forEach(p -> out.println("gate passed: " + p));
        failures.forEach(f -> out.println("GATE FAILED: " + f));
        return failures.isEmpty() ? 0 : 1;
    }
}
