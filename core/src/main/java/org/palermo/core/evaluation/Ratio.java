package org.palermo.core.evaluation;

/** A count out of a total, kept as both so that reports show what a figure rests on. */
public record Ratio(long count, long total) {

    public Ratio {
        if (count < 0 || total < 0 || count > total) {
            throw new IllegalArgumentException("bad ratio " + count + "/" + total);
        }
    }

    /** The ratio, or {@code NaN} when nothing was counted. */
    public double value() {
        return total == 0 ? Double.NaN : (double) count / total;
    }

    @Override
    public String toString() {
        return String.format(java.util.Locale.ROOT, "%.4f (%d/%d)", value(), count, total);
    }
}
