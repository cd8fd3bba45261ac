package org.palermo.core.screening;

/**
 * Fits the two parameters of {@link Calibration} to labelled scores: logistic regression on the score by
 * Newton's method with Platt's smoothed targets (Platt 1999; Lin, Lin &amp; Weng 2007), constrained to a
 * non-negative slope so that the fitted risk stays monotone in the evidence.
 */
public final class PlattScaling {

    private static final int MAX_ITERATIONS = 100;

    private PlattScaling() {
    }

    /** The fitted slope and intercept. */
    public record Fit(double slope, double intercept) {
    }

    public static Fit fit(double[] scores, boolean[] labels) {
        if (scores.length != labels.length) {
            throw new IllegalArgumentException(scores.length + " scores but " + labels.length + " labels");
        }
        int positives = 0;
        for (boolean label : labels) {
            positives += label ? 1 : 0;
        }
        int negatives = labels.length - positives;
        if (positives == 0 || negatives == 0) {
            throw new IllegalArgumentException("calibration needs both positive and negative labels, had "
                    + positives + " positive and " + negatives + " negative");
        }
        double hi = (positives + 1.0) / (positives + 2.0);
        double lo = 1.0 / (negatives + 2.0);
        double[] targets = new double[labels.length];
        for (int i = 0; i < labels.length; i++) {
            targets[i] = labels[i] ? hi : lo;
        }
        Fit fit = newton(scores, targets);
        if (fit.slope() < 0) {
            double rate = (positives + 1.0) / (labels.length + 2.0);
            return new Fit(0, Math.log(rate / (1 - rate)));
        }
        return fit;
    }

    private static Fit newton(double[] x, double[] t) {
        double a = 0;
        double b = Math.log((sum(t) + 1) / (t.length - sum(t) + 1));
        for (int iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
            double ga = 0, gb = 0, haa = 1e-12, hab = 0, hbb = 1e-12;
            for (int i = 0; i < x.length; i++) {
                double p = 1 / (1 + Math.exp(-(a * x[i] + b)));
                double d = p - t[i];
                double w = p * (1 - p);
                ga += d * x[i];
                gb += d;
                haa += w * x[i] * x[i];
                hab += w * x[i];
                hbb += w;
            }
            double det = haa * hbb - hab * hab;
            double da = (hbb * ga - hab * gb) / det;
            double db = (haa * gb - hab * ga) / det;
            a -= da;
            b -= db;
            if (Math.abs(da) < 1e-10 && Math.abs(db) < 1e-10) {
                break;
            }
        }
        return new Fit(a, b);
    }

    private static double sum(double[] values) {
        double total = 0;
        for (double v : values) {
            total += v;
        }
        return total;
    }
}
