package org.palermo.app.console;

import java.util.ArrayList;
import java.util.List;

/**
 * A bar chart drawn by the server as SVG coordinates (the template draws the rectangles): no chart library and
 * no script. Each bar carries its label and value for the tooltip and for screen readers (a table beside it).
 */
public record BarChart(List<Bar> bars, long max, int width, int height) {

    public record Bar(String label, long value, double x, double y, double width, double height, boolean labelled) {}

    static final int WIDTH = 420;
    static final int HEIGHT = 150;
    private static final int AXIS = 16;

    static BarChart of(List<String> labels, List<Long> values) {
        long max = Math.max(1, values.stream().mapToLong(Long::longValue).max().orElse(1));
        int n = Math.max(1, values.size());
        double slot = (double) WIDTH / n;
        double plot = HEIGHT - AXIS;
        List<Bar> bars = new ArrayList<>(n);
        int every = Math.max(1, n / 7);
        for (int i = 0; i < values.size(); i++) {
            double h = values.get(i) == 0 ? 0 : Math.max(1, plot * values.get(i) / max);
            bars.add(new Bar(labels.get(i), values.get(i), i * slot + slot * 0.1, plot - h, slot * 0.8, h,
                    (values.size() - 1 - i) % every == 0));
        }
        return new BarChart(List.copyOf(bars), max, WIDTH, HEIGHT);
    }

    public long total() {
        return bars.stream().mapToLong(Bar::value).sum();
    }
}
