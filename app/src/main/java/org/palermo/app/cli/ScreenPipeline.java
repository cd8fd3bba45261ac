package org.palermo.app.cli;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.LongConsumer;
import org.palermo.app.io.AdJson;
import org.palermo.app.io.AdRecords;
import org.palermo.app.io.ScreenJson;
import org.palermo.app.io.SeenIds;
import org.palermo.core.screening.Screener;

/**
 * Screens a stream of ad records on several threads and writes one output line per record, in input order:
 * reader (this thread) -> batches screened in parallel -> writer (own thread, checks duplicate ids in order).
 * Memory is bounded: at most {@link #QUEUED_BATCHES_PER_THREAD} batches per thread in flight, each at most
 * {@link #BATCH_ADS} records or {@link #BATCH_CHARS} characters.
 */
final class ScreenPipeline {

    static final int BATCH_ADS = 512;
    static final int BATCH_CHARS = 2 << 20;
    static final int QUEUED_BATCHES_PER_THREAD = 3;

    /** What a run did. */
    record Summary(long records, long errors, String firstError) {
    }

    private record Outcome(long line, String id, String output) {
    }

    private final Screener screener;
    private final AdJson adJson;
    private final int threads;
    private final boolean strict;

    ScreenPipeline(Screener screener, AdJson adJson, int threads, boolean strict) {
        this.screener = screener;
        this.adJson = adJson;
        this.threads = threads;
        this.strict = strict;
    }

    Summary run(AdRecords input, Writer output, LongConsumer progress) throws IOException, InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, "palermo-screen");
            thread.setDaemon(true);
            return thread;
        });
        BlockingQueue<Future<List<Outcome>>> queue = new ArrayBlockingQueue<>(threads * QUEUED_BATCHES_PER_THREAD);
        OrderedWriter writer = new OrderedWriter(queue, output, progress);
        Thread writerThread = new Thread(writer, "palermo-screen-writer");
        writerThread.start();
        try {
            List<AdRecords.Item> batch = new ArrayList<>();
            long chars = 0;
            AdRecords.Item item;
            while (!writer.stopped.get() && (item = input.next()) != null) {
                batch.add(item);
                chars += item.chars();
                if (batch.size() >= BATCH_ADS || chars >= BATCH_CHARS) {
                    submit(pool, queue, batch, writer);
                    batch = new ArrayList<>();
                    chars = 0;
                }
            }
            if (!batch.isEmpty()) {
                submit(pool, queue, batch, writer);
            }
            writer.finishAfterQueued();
            writerThread.join();
        } finally {
            writer.stopped.set(true);
            writerThread.join();
            pool.shutdownNow();
        }
        if (writer.failure != null) {
            throw writer.failure;
        }
        return new Summary(writer.records, writer.errors, writer.firstError);
    }

    private void submit(ExecutorService pool, BlockingQueue<Future<List<Outcome>>> queue, List<AdRecords.Item> batch,
            OrderedWriter writer) throws InterruptedException {
        Future<List<Outcome>> future = pool.submit(() -> screen(batch));
        while (!queue.offer(future, 100, TimeUnit.MILLISECONDS)) {
            if (writer.stopped.get()) {
                return;
            }
        }
    }

    private List<Outcome> screen(List<AdRecords.Item> batch) {
        List<Outcome> outcomes = new ArrayList<>(batch.size());
        for (AdRecords.Item item : batch) {
            outcomes.add(screen(item));
        }
        return outcomes;
    }

    private Outcome screen(AdRecords.Item item) {
        if (item.error() != null) {
            return new Outcome(item.line(), null, ScreenJson.error(item.line(), item.error()));
        }
        AdJson.Parsed parsed = item.json() != null ? adJson.parse(item.json()) : adJson.fromObject(item.object());
        if (!parsed.ok()) {
            return new Outcome(item.line(), null, ScreenJson.error(item.line(), parsed.errorMessage()));
        }
        try {
            return new Outcome(item.line(), parsed.ad().id(), ScreenJson.result(screener.screen(parsed.ad())));
        } catch (RuntimeException e) {
            return new Outcome(item.line(), null, ScreenJson.error(item.line(), "could not screen: " + e));
        }
    }

    /** Writes outcomes in order, turning a repeated id into an error; stops at the first error when strict. */
    private final class OrderedWriter implements Runnable {
        private final BlockingQueue<Future<List<Outcome>>> queue;
        private final Writer output;
        private final LongConsumer progress;
        private final SeenIds seen = new SeenIds();
        final AtomicBoolean stopped = new AtomicBoolean();
        private final AtomicBoolean inputDone = new AtomicBoolean();
        long records;
        long errors;
        String firstError;
        IOException failure;

        OrderedWriter(BlockingQueue<Future<List<Outcome>>> queue, Writer output, LongConsumer progress) {
            this.queue = queue;
            this.output = output;
            this.progress = progress;
        }

        void finishAfterQueued() {
            inputDone.set(true);
        }

        @Override
        public void run() {
            try {
                while (!stopped.get()) {
                    Future<List<Outcome>> next = queue.poll(100, TimeUnit.MILLISECONDS);
                    if (next == null) {
                        if (inputDone.get() && queue.isEmpty()) {
                            break;
                        }
                        continue;
                    }
                    write(next.get());
                    progress.accept(records);
                }
                output.flush();
            } catch (IOException e) {
                failure = e;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (ExecutionException e) {
                failure = new IOException("screening failed", e.getCause());
            } finally {
                stopped.set(true);
            }
        }

        private void write(List<Outcome> outcomes) throws IOException {
            for (Outcome outcome : outcomes) {
                String line = outcome.output();
                boolean error = outcome.id() == null;
                if (!error && !seen.add(outcome.id())) {
                    line = ScreenJson.error(outcome.line(), "duplicate id '" + outcome.id() + "'");
                    error = true;
                }
                output.write(line);
                output.write('\n');
                records++;
                if (error) {
                    errors++;
                    if (firstError == null) {
                        firstError = line;
                    }
                    if (strict) {
                        stopped.set(true);
                        return;
                    }
                }
            }
        }
    }
}
