package org.palermo.app.link;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import org.palermo.app.io.AdJson;
import org.palermo.app.io.InputLine;
import org.palermo.app.io.LineReader;
import org.palermo.core.ads.Ad;
import org.palermo.core.identifiers.Identifier;
import org.palermo.core.linking.LinkInput;
import org.palermo.core.linking.Linker;
import org.palermo.core.linking.PreparedAd;

/**
 * Reads an ad file in chunks, parses and prepares each chunk in parallel, and stages the ads into a linker, so
 * only the compact index (never the texts) stays in memory. Remembers, per input line, the ad it became or the
 * error that stopped it: a malformed line, a missing, repeated or already indexed id, invalid UTF-8.
 */
public final class LinkInputReader {

    private static final int CHUNK = 4096;

    private final AdJson json;
    private final Function<Ad, List<Identifier>> extractor;
    private final ScreenFile screen;
    private final Function<LinkInput, PreparedAd> preparer;
    private final CompletableFuture<Linker> linker;
    private final List<Outcome> pending = new ArrayList<>();
    private int[] lineAd = new int[CHUNK];
    private int lines;
    private final Map<Integer, String> errors = new HashMap<>();

    public LinkInputReader(AdJson json, Function<Ad, List<Identifier>> extractor, ScreenFile screen, Linker linker) {
        this(json, extractor, screen, linker::prepare, CompletableFuture.completedFuture(linker));
    }

    /**
     * A reader that parses and prepares ads with {@code preparer} while {@code linker} (an index being read from
     * disk) is not ready yet, keeping the prepared ads until it is; from then on it stages chunk by chunk.
     */
    public LinkInputReader(AdJson json, Function<Ad, List<Identifier>> extractor, ScreenFile screen,
            Function<LinkInput, PreparedAd> preparer, CompletableFuture<Linker> linker) {
        this.json = json;
        this.extractor = extractor;
        this.screen = screen;
        this.preparer = preparer;
        this.linker = linker;
    }

    public void read(InputStream in) throws IOException {
        try (LineReader reader = new LineReader(in)) {
            List<InputLine> chunk = new ArrayList<>(CHUNK);
            InputLine line;
            while ((line = reader.next()) != null) {
                chunk.add(line);
                if (chunk.size() == CHUNK) {
                    process(chunk);
                    chunk.clear();
                }
            }
            process(chunk);
            stagePending(linker.join());
        }
    }

    public int lines() {
        return lines;
    }

    /** The arrival index of the ad on a line (0-based line position), or -1 when the line was an error. */
    public int adOfLine(int line) {
        return lineAd[line];
    }

    public String errorOfLine(int line) {
        return errors.get(line);
    }

    public int errorCount() {
        return errors.size();
    }

    private record Outcome(PreparedAd ad, String error) {
    }

    private void process(List<InputLine> chunk) {
        pending.addAll(chunk.parallelStream().map(this::prepare).toList());
        if (linker.isDone()) {
            stagePending(linker.join());
        }
    }

    private void stagePending(Linker linker) {
        List<PreparedAd> ok = new ArrayList<>(pending.size());
        Set<String> seen = new HashSet<>();
        int next = linker.index().size();
        for (Outcome outcome : pending) {
            String error = outcome.error();
            if (error == null && (linker.index().contains(outcome.ad().id()) || !seen.add(outcome.ad().id()))) {
                error = "duplicate id '" + outcome.ad().id() + "'";
            }
            if (lines == lineAd.length) {
                lineAd = Arrays.copyOf(lineAd, lines * 2);
            }
            if (error != null) {
                errors.put(lines, error);
                lineAd[lines++] = -1;
            } else {
                ok.add(outcome.ad());
                lineAd[lines++] = next++;
            }
        }
        pending.clear();
        linker.stage(ok);
    }

    private Outcome prepare(InputLine line) {
        if (line.isError()) {
            return new Outcome(null, line.error());
        }
        if (line.text().isBlank()) {
            return new Outcome(null, "empty line");
        }
        AdJson.Parsed parsed = json.parse(line.text());
        if (!parsed.ok()) {
            return new Outcome(null, parsed.errorMessage());
        }
        Ad ad = parsed.ad();
        ScreenFile.Screened screened = screen.get(ad.id());
        List<Identifier> identifiers = screened != null && !screened.identifiers().isEmpty()
                ? screened.identifiers() : extractor.apply(ad);
        Double risk = screened == null ? null : screened.risk();
        return new Outcome(preparer.apply(new LinkInput(ad, identifiers, risk)), null);
    }
}
