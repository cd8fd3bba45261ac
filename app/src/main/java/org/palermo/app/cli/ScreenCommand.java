package org.palermo.app.cli;

import java.io.BufferedWriter;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.LongConsumer;
import org.palermo.app.io.AdJson;
import org.palermo.app.io.AdRecords;
import org.palermo.core.screening.Calibration;
import org.palermo.core.screening.Screener;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "screen", mixinStandardHelpOptions = true,
        description = {"Screens ads for trafficking indicators: identifiers, indicators with the text that triggered "
                + "them, a calibrated risk and a band (docs/screening.md).",
            "Writes one JSON line per input line (or CSV record), in order; a bad line gives {\"line\": n, \"error\": "
                + "...} and the run goes on, exiting 1 at the end (--strict stops at the first)."})
final class ScreenCommand implements Callable<Integer> {

    private static final long PROGRESS_MIN_BYTES = 20L << 20;

    @Option(names = "--input", description = "ads as JSON Lines or CSV (default: standard input)")
    Path input;

    @Option(names = "--output", description = "where to write the results (default: standard output)")
    Path output;

    @Option(names = "--format", description = "input format: jsonl or csv (default: from the file extension, else jsonl)")
    AdRecords.Format format;

    @Option(names = "--calibration", description = "a calibration file written by `palermo calibrate` "
            + "(default: the shipped calibration)")
    Path calibration;

    @Option(names = "--strict", description = "stop at the first bad line")
    boolean strict;

    @Option(names = "--threads", description = "screening threads (default: the number of processors)")
    Integer threads;

    @Mixin
    ScreeningOptions screening = new ScreeningOptions();

    @Override
    public Integer call() throws Exception {
        AdRecords.Format inputFormat = format != null ? format : AdRecords.Format.of(input == null ? null
                : input.getFileName().toString());
        Screener screener;
        try {
            Calibration chosen = calibration == null ? Calibration.defaults()
                    : Calibration.parse(calibration.toString(), Files.readString(calibration, StandardCharsets.UTF_8));
            screener = screening.screener(chosen, screening.market(input, inputFormat));
        } catch (IllegalArgumentException | IOException e) {
            System.err.println("palermo screen: " + e.getMessage());
            return 2;
        }
        int workers = threads != null ? Math.max(1, threads) : Runtime.getRuntime().availableProcessors();
        ScreenPipeline pipeline = new ScreenPipeline(screener, new AdJson(ScreeningOptions.MAPPER), workers, strict);
        Progress progress = Progress.forInput(input, PROGRESS_MIN_BYTES);
        ScreenPipeline.Summary summary;
        try (InputStream in = progress.counting(input == null ? System.in : Files.newInputStream(input));
                AdRecords records = AdRecords.open(in, inputFormat, ScreeningOptions.MAPPER);
                Writer out = writer()) {
            summary = pipeline.run(records, out, progress);
        }
        progress.done();
        if (summary.errors() > 0) {
            System.err.printf(Locale.ROOT, "palermo screen: %d of %d lines had errors; first: %s%n",
                    summary.errors(), summary.records(), summary.firstError());
            return 1;
        }
        return 0;
    }

    private Writer writer() throws IOException {
        OutputStream stream = output == null ? new NonClosing(System.out) : Files.newOutputStream(output);
        return new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), 1 << 16);
    }

    /** Standard output stays open for whoever runs us in-process. */
    private static final class NonClosing extends java.io.FilterOutputStream {
        NonClosing(PrintStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }

    /** A progress bar on stderr, only when stderr is a terminal and the input is a large file. */
    static final class Progress implements LongConsumer {
        private final long total;
        private final boolean enabled;
        private volatile long bytes;
        private long lastPrint;
        private final long started = System.nanoTime();

        private Progress(long total, boolean enabled) {
            this.total = total;
            this.enabled = enabled;
        }

        static Progress forInput(Path input, long minBytes) throws IOException {
            long size = input != null && Files.isRegularFile(input) ? Files.size(input) : 0;
            return new Progress(size, System.console() != null && size >= minBytes);
        }

        InputStream counting(InputStream in) {
            if (!enabled) {
                return in;
            }
            return new FilterInputStream(in) {
                @Override
                public int read(byte[] b, int off, int len) throws IOException {
                    int n = super.read(b, off, len);
                    if (n > 0) {
                        bytes += n;
                    }
                    return n;
                }
            };
        }

        @Override
        public void accept(long records) {
            long now = System.nanoTime();
            if (!enabled || now - lastPrint < 250_000_000L) {
                return;
            }
            lastPrint = now;
            double seconds = Math.max(1e-9, (now - started) / 1e9);
            int percent = (int) Math.min(100, 100 * bytes / Math.max(1, total));
            String bar = "#".repeat(percent / 4) + ".".repeat(25 - percent / 4);
            System.err.printf(Locale.ROOT, "\r[%s] %3d%% %,d ads %,.0f ads/s", bar, percent, records,
                    records / seconds);
        }

        void done() {
            if (enabled) {
                System.err.println();
            }
        }
    }
}
