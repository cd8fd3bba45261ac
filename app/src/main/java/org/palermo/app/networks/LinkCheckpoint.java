package org.palermo.app.networks;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import java.util.Properties;
import org.palermo.core.linking.LinkIndex;
import org.palermo.core.linking.LinkIndexFile;
import org.palermo.core.linking.LinkSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The server's link index on disk, so that a restart loads it and links only the ads stored after it instead of
 * re-linking every stored ad. The index files are core's {@link LinkIndexFile} (a base plus appended segments,
 * each written to a temporary file and moved into place); beside them {@value #MARKER} names this format's
 * version and the highest {@code link_seq} the files hold (the index holds the ads of link order 0 to that).
 *
 * <p>Anything unexpected when loading (missing, unreadable or damaged files, another format version, other link
 * settings, a marker that disagrees with the files) yields empty, with one log line, and the caller rebuilds from
 * the database. A failed save is logged and leaves the previous checkpoint in place.
 */
public final class LinkCheckpoint {

    private static final Logger log = LoggerFactory.getLogger(LinkCheckpoint.class);

    /** The marker file's name. */
    static final String MARKER = "checkpoint.properties";
    /** This format; a checkpoint written under another one is not loaded. */
    static final String FORMAT = "palermo-server-link-checkpoint/1";

    private final Path dir;
    private final int everyBatches;
    private final long minAds;

    /** A checkpoint in {@code dir}, written every {@code everyBatches} linked batches and on shutdown. */
    public LinkCheckpoint(Path dir, int everyBatches) {
        this(dir, everyBatches, 1);
    }

    /**
     * As above, but not before {@code minAds} ads were linked since the last one (a stream of single-ad requests
     * would otherwise write a checkpoint every {@code everyBatches} ads).
     */
    public LinkCheckpoint(Path dir, int everyBatches, long minAds) {
        if (everyBatches < 1) {
            throw new IllegalArgumentException("checkpoint interval must be at least 1 batch, was " + everyBatches);
        }
        if (minAds < 1) {
            throw new IllegalArgumentException("checkpoint interval must be at least 1 ad, was " + minAds);
        }
        this.dir = dir.toAbsolutePath().normalize();
        this.everyBatches = everyBatches;
        this.minAds = minAds;
    }

    public long minAds() {
        return minAds;
    }

    public Path dir() {
        return dir;
    }

    public int everyBatches() {
        return everyBatches;
    }

    /** The stored index, if there is one this build can use with {@code settings}; else empty and one log line. */
    Optional<LinkIndex> load(LinkSettings settings) {
        if (!Files.exists(dir.resolve(MARKER)) && !LinkIndexFile.exists(dir)) {
            log.info("no link index checkpoint in {}: rebuilding the link index from the database", dir);
            return Optional.empty();
        }
        try {
            Properties marker = readMarker();
            if (!FORMAT.equals(marker.getProperty("format"))) {
                return rejected("it was written in format " + marker.getProperty("format") + ", this build reads "
                        + FORMAT);
            }
            LinkIndex index = LinkIndexFile.read(dir);
            if (!index.settings().equals(settings)) {
                return rejected("it was built with other link settings");
            }
            long highest = Long.parseLong(marker.getProperty("highestLinkSeq", ""));
            if (highest != index.size() - 1) {
                return rejected("its marker names link_seq " + highest + " but the index holds " + index.size()
                        + " ad(s)");
            }
            return Optional.of(index);
        } catch (IOException | RuntimeException e) {
            return rejected("it cannot be read (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")");
        }
    }

    /** Logs why a checkpoint is not used; the caller rebuilds. */
    static Optional<LinkIndex> rejected(String reason) {
        log.warn("link index checkpoint not used, rebuilding from the database: {}", reason);
        return Optional.empty();
    }

    /** Writes the index (a segment, or a new base now and then) and then the marker; failures are logged. */
    boolean save(LinkIndex index) {
        long started = System.nanoTime();
        try {
            Files.createDirectories(dir);
            // the marker goes first: while the files change, a marker that disagrees with them refuses them
            writeMarker(-2);
            LinkIndexFile.write(index, dir);
            writeMarker(index.size() - 1L);
            log.info("link index checkpoint written: {} ad(s) (link_seq 0 to {}) in {} ms", index.size(),
                    index.size() - 1, (System.nanoTime() - started) / 1_000_000);
            return true;
        } catch (IOException | RuntimeException e) {
            log.warn("link index checkpoint not written ({}: {}); the next start rebuilds or replays more",
                    e.getClass().getSimpleName(), e.getMessage());
            return false;
        }
    }

    private Properties readMarker() throws IOException {
        Properties marker = new Properties();
        try (Reader in = Files.newBufferedReader(dir.resolve(MARKER), StandardCharsets.UTF_8)) {
            marker.load(in);
        }
        return marker;
    }

    private void writeMarker(long highestLinkSeq) throws IOException {
        Path tmp = dir.resolve(MARKER + ".tmp");
        Properties marker = new Properties();
        marker.setProperty("format", FORMAT);
        marker.setProperty("highestLinkSeq", Long.toString(highestLinkSeq));
        try (Writer out = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
            marker.store(out, "Palermo server link index checkpoint; delete this directory to force a rebuild");
        }
        try (FileChannel channel = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
            channel.force(true);
        }
        Files.move(tmp, dir.resolve(MARKER), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
