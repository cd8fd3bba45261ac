package org.palermo.app.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.palermo.app.io.AdJson;
import org.palermo.app.link.LinkInputReader;
import org.palermo.app.link.NetworksJson;
import org.palermo.app.link.ScreenFile;
import org.palermo.app.link.TemplateSamples;
import org.palermo.core.linking.LinkIndex;
import org.palermo.core.linking.LinkIndexFile;
import org.palermo.core.linking.LinkResult;
import org.palermo.core.linking.LinkSettings;
import org.palermo.core.linking.Linker;
import org.palermo.core.linking.NetworkSummaries;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code palermo link}: near-duplicate templates and identifier networks, incrementally with --state. */
@Command(name = "link", mixinStandardHelpOptions = true,
        description = {"Links ads into templates (near-duplicate text) and networks (templates joined by shared "
                + "phones, emails, handles, payment handles and images, minus hub identifiers).",
            "Writes one line per input line: {\"id\",\"template\",\"network\"} or {\"line\",\"error\"}; exits 1 "
                + "when any line was bad. With --state DIR, earlier runs' ads stay indexed and keep their ids."})
final class LinkCommand implements Callable<Integer> {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Option(names = "--input", required = true, description = "ads, JSON Lines")
    Path input;

    @Option(names = "--output", required = true, description = "one line per input line: id, template, network")
    Path output;

    @Option(names = "--networks", description = "networks file: one JSON object per network of this batch")
    Path networks;

    @Option(names = "--state", description = "directory of the on-disk index (created when missing)")
    Path state;

    @Option(names = "--compact", description = "rewrite the state as one base file (otherwise a batch is appended "
            + "as a segment and the state compacts itself every few batches)")
    boolean compact;

    @Option(names = "--screen", description = "output of `palermo screen` for these ads: risk and identifiers")
    Path screen;

    @Option(names = "--region", defaultValue = "US", description = "default phone region (ISO 3166 code)")
    String region;

    @Option(names = "--min-similarity", description = "template threshold: word-bigram Jaccard of two ads "
            + "(default ${DEFAULT-VALUE}; a new index only, an existing --state keeps its own)")
    double minSimilarity = LinkSettings.defaults().minJaccard();

    @Override
    public Integer call() throws IOException {
        long started = System.nanoTime();
        boolean stored = state != null && LinkIndexFile.exists(state);
        LinkSettings settings = stored ? LinkIndexFile.readSettings(state)
                : LinkSettings.defaults().withMinJaccard(minSimilarity);
        CompletableFuture<Linker> loading = stored ? loadInBackground(state)
                : CompletableFuture.completedFuture(new Linker(new LinkIndex(settings)));
        AdJson json = new AdJson(MAPPER);
        ScreenFile screened = screen == null ? ScreenFile.none() : ScreenFile.read(screen, MAPPER);
        LinkInputReader reader = new LinkInputReader(json, Extraction.forRegion(region), screened,
                Linker.preparer(settings), loading);
        try (InputStream in = Files.newInputStream(input)) {
            reader.read(in);
        } catch (CompletionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw e;
        }
        Linker linker = loading.join();
        LinkIndex index = linker.index();
        long read = System.nanoTime();
        long loaded = started + loadNanos;
        LinkResult result = linker.commit();
        long linked = System.nanoTime();
        writeLinks(reader, result);
        if (networks != null) {
            writeNetworks(result, reader, json, result.first() == 0);
        }
        long written = System.nanoTime();
        if (state != null) {
            if (compact) {
                LinkIndexFile.compact(index, state);
            } else {
                LinkIndexFile.write(index, state);
            }
        }
        long saved = System.nanoTime();
        System.err.printf(Locale.ROOT, "link: %d lines, %d ads linked (%d in index), %d errors, %d networks touched,"
                        + " %d hub identifiers cut, %.1f s (state load %.1f in the background, read+prepare (and"
                        + " wait for the state) %.1f, link %.1f, write %.1f, state save %.1f)%n",
                reader.lines(), result.end() - result.first(), index.size(), reader.errorCount(),
                result.touchedNetworks().length, result.partition().hubs().size(),
                (saved - started) / 1e9, (loaded - started) / 1e9, (read - started) / 1e9, (linked - read) / 1e9,
                (written - linked) / 1e9, (saved - written) / 1e9);
        return reader.errorCount() == 0 ? 0 : 1;
    }

    private volatile long loadNanos;

    /** Reads the state on a thread of its own while the batch is parsed and prepared. */
    private CompletableFuture<Linker> loadInBackground(Path dir) {
        CompletableFuture<Linker> loading = new CompletableFuture<>();
        Thread thread = new Thread(() -> {
            long start = System.nanoTime();
            try {
                Linker linker = new Linker(LinkIndexFile.read(dir));
                loadNanos = System.nanoTime() - start;
                loading.complete(linker);
            } catch (IOException | RuntimeException e) {
                loading.completeExceptionally(e);
            }
        }, "link-state-load");
        thread.setDaemon(true);
        thread.start();
        return loading;
    }

    private void writeLinks(LinkInputReader reader, LinkResult result) throws IOException {
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(output), 1 << 16);
                JsonGenerator gen = MAPPER.getFactory().createGenerator(out)) {
            gen.setRootValueSeparator(null);
            for (int line = 0; line < reader.lines(); line++) {
                int ad = reader.adOfLine(line);
                gen.writeStartObject();
                if (ad < 0) {
                    gen.writeNumberField("line", line + 1L);
                    gen.writeStringField("error", reader.errorOfLine(line));
                } else {
                    gen.writeStringField("id", result.index().adId(ad));
                    gen.writeStringField("template", result.templateOf(ad));
                    gen.writeStringField("network", result.networkOf(ad));
                }
                gen.writeEndObject();
                gen.writeRaw('\n');
            }
        }
    }

    private void writeNetworks(LinkResult result, LinkInputReader reader, AdJson json, boolean fresh)
            throws IOException {
        Map<String, String> texts;
        try (InputStream in = Files.newInputStream(input)) {
            texts = TemplateSamples.texts(result, reader, json, in);
        }
        NetworkSummaries summaries = new NetworkSummaries(result);
        int[] roots = fresh ? result.allNetworks() : result.touchedNetworks();
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(networks), 1 << 16);
                JsonGenerator gen = MAPPER.getFactory().createGenerator(out)) {
            gen.setRootValueSeparator(null);
            for (int root : roots) {
                NetworksJson.write(gen, summaries.describe(root), texts);
                gen.writeRaw('\n');
            }
        }
    }
}
