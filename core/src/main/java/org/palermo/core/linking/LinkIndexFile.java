package org.palermo.core.linking;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The index on disk: a base file ({@value #FILE_NAME}) plus batch segments appended after it
 * ({@code link-index-G-S.seg}: generation G of the base, sequence S = 1, 2, ...), compacted into a new base
 * occasionally. Every file is written to a temporary file, forced to disk and moved into place, so a crash leaves
 * the previous state intact; a compaction writes a base of a new generation before deleting the old segments, and
 * segments of another generation than the base's are ignored.
 *
 * <p>Base, format version {@value #VERSION}, big-endian: magic "PLLK", version, the settings the index was built
 * with, the generation, the ad count n, then per-ad arrays (ids as a string block; times; cities; prices; risks;
 * names; ages; shingle rows; identifier rows), the LSH postings, the city, name and identifier dictionaries, the
 * template parents, the template edges, the last network of each ad and the absorbed-id history. Arrays are a
 * count and the values; string blocks are their UTF-8 lengths then the bytes. Version 3 (the same without the
 * generation, and without segments) is still read.
 *
 * <p>Segment: magic "PLSG", version, generation, sequence, the ad count before and after it, the edge and
 * dictionary counts before it, then only what the batch appended (per-ad arrays of its ads, their postings, new
 * dictionary strings, new template edges) and, whole, the small mutable part: template roots, each ad's last
 * network and the absorbed history (only the last segment's are read).
 */
public final class LinkIndexFile {

    public static final String FILE_NAME = "link-index.bin";
    static final int MAGIC = 0x504C4C4B;
    static final int SEGMENT_MAGIC = 0x504C5347;
    static final int VERSION = 4;
    static final int OLDER_VERSION = 3;
    /** A write compacts when this many segments exist already. */
    static final int MAX_SEGMENTS = 8;
    private static final Pattern SEGMENT = Pattern.compile("link-index-(\\d+)-(\\d+)\\.seg");

    /** What of an index is on disk in {@code dir}: base generation, segment count and the counts they hold. */
    record Stored(Path dir, long generation, int segments, int baseAds, int ads, int edges, int cityNames,
            int personNames, int identifiers) {
    }

    private LinkIndexFile() {
    }

    public static boolean exists(Path dir) {
        return Files.isRegularFile(dir.resolve(FILE_NAME));
    }

    /**
     * Saves the index: appends a segment with what changed since it was read from or written to {@code dir},
     * or compacts (rewrites the base) when the index is new to {@code dir}, {@value #MAX_SEGMENTS} segments exist
     * or the segments hold more ads than the base.
     */
    public static void write(LinkIndex index, Path dir) throws IOException {
        Stored stored = index.stored;
        boolean append = stored != null && stored.dir().equals(key(dir)) && exists(dir)
                && stored.segments() < MAX_SEGMENTS && index.size - stored.baseAds() <= stored.baseAds();
        if (append) {
            appendSegment(index, dir, stored);
        } else {
            compact(index, dir);
        }
    }

    /** Rewrites the whole index as a new base generation in {@code dir} and removes the segments. */
    public static void compact(LinkIndex index, Path dir) throws IOException {
        Files.createDirectories(dir);
        long generation = nextGeneration(index, dir);
        Path tmp = dir.resolve(FILE_NAME + ".tmp");
        int n = index.size;
        try (BinaryFile out = BinaryFile.create(tmp)) {
            out.writeInt(MAGIC);
            out.writeInt(VERSION);
            writeSettings(out, index.settings);
            out.writeLong(generation);
            out.writeInt(n);
            writeAds(out, index, 0, n);
            out.writeLongs(index.postings, index.postings.length);
            writeDictionary(out, index.cityNames, 0);
            writeDictionary(out, index.personNames, 0);
            writeDictionary(out, index.identifiers, 0);
            out.writeInts(index.templates.roots(), n);
            writeEdges(out, index, 0);
            out.writeInts(index.networkOf, n);
            writeAbsorbed(out, index);
        }
        Files.move(tmp, dir.resolve(FILE_NAME), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        syncDirectory(dir);
        for (Path segment : segmentFiles(dir)) {
            Files.deleteIfExists(segment);
        }
        index.stored = mark(index, dir, generation, 0, n);
    }

    private static void appendSegment(LinkIndex index, Path dir, Stored stored) throws IOException {
        int sequence = stored.segments() + 1;
        Path file = dir.resolve(segmentName(stored.generation(), sequence));
        Path tmp = dir.resolve(file.getFileName() + ".tmp");
        int from = stored.ads();
        int n = index.size;
        try (BinaryFile out = BinaryFile.create(tmp)) {
            out.writeInt(SEGMENT_MAGIC);
            out.writeInt(VERSION);
            out.writeLong(stored.generation());
            out.writeInt(sequence);
            out.writeInt(from);
            out.writeInt(n);
            out.writeInt(stored.edges());
            out.writeInt(stored.cityNames());
            out.writeInt(stored.personNames());
            out.writeInt(stored.identifiers());
            writeAds(out, index, from, n);
            long[] fresh = postingsFrom(index.postings, from);
            out.writeLongs(fresh, fresh.length);
            out.writeStrings(index.cityNames, stored.cityNames());
            out.writeStrings(index.personNames, stored.personNames());
            out.writeStrings(index.identifiers, stored.identifiers());
            writeEdges(out, index, stored.edges());
            out.writeInts(index.templates.roots(), n);
            out.writeInts(index.networkOf, n);
            writeAbsorbed(out, index);
        }
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        syncDirectory(dir);
        index.stored = mark(index, dir, stored.generation(), sequence, stored.baseAds());
    }

    /** The settings the index in {@code dir} was built with, from the base file's header only. */
    public static LinkSettings readSettings(Path dir) throws IOException {
        Path file = dir.resolve(FILE_NAME);
        try (BinaryFile in = BinaryFile.open(file)) {
            checkHeader(in, file);
            return readSettings(in);
        }
    }

    private static int checkHeader(BinaryFile in, Path file) throws IOException {
        if (in.readInt() != MAGIC) {
            throw new IOException(file + " is not a Palermo link index");
        }
        int version = in.readInt();
        if (version != VERSION && version != OLDER_VERSION) {
            throw new IOException(file + " has format version " + version + "; this build reads "
                    + OLDER_VERSION + " and " + VERSION + " (relink from the ads to rebuild it)");
        }
        return version;
    }

    /** Reads the index in {@code dir} (base and its segments); the settings are those it was built with. */
    public static LinkIndex read(Path dir) throws IOException {
        Path file = dir.resolve(FILE_NAME);
        LinkIndex index;
        long generation;
        int segments;
        int[] roots;
        try (BinaryFile in = BinaryFile.open(file)) {
            int version = checkHeader(in, file);
            index = new LinkIndex(readSettings(in));
            generation = version == VERSION ? in.readLong() : 0;
            segments = countSegments(dir, generation);
            int n = in.readInt();
            index.size = n;
            readAds(in, index, 0, n, version);
            index.postings = in.readLongs();
            readDictionary(in, index.cityNames, version);
            readDictionary(in, index.personNames, version);
            readDictionary(in, index.identifiers, version);
            roots = readOrSkip(in, segments == 0);
            index.edgeA = in.readInts();
            index.edgeB = in.readInts();
            index.edgeSimilarity = floats(in.readInts());
            index.edgeCount = index.edgeA.length;
            int[] networks = readOrSkip(in, segments == 0);
            index.networkOf = networks != null ? networks : new int[n];
            readAbsorbed(in, index);
        }
        int baseAds = index.size;
        for (int s = 1; s <= segments; s++) {
            int[] last = readSegment(dir.resolve(segmentName(generation, s)), index, generation, s, s == segments);
            if (last != null) {
                roots = last;
            }
        }
        index.templates = UnionFind.of(roots, index.size);
        index.resize(index.size + 1024);
        index.growEdges(index.edgeCount + 1024);
        index.stored = mark(index, dir, generation, segments, baseAds);
        return index;
    }

    /** Reads one segment into the index; returns the template roots when it is the last one, else null. */
    private static int[] readSegment(Path file, LinkIndex index, long generation, int sequence, boolean last)
            throws IOException {
        try (BinaryFile in = BinaryFile.open(file)) {
            if (in.readInt() != SEGMENT_MAGIC || in.readInt() != VERSION || in.readLong() != generation
                    || in.readInt() != sequence) {
                throw new IOException(file + " is not segment " + sequence + " of generation " + generation
                        + " in format version " + VERSION);
            }
            int from = in.readInt();
            int n = in.readInt();
            int[] counts = {in.readInt(), in.readInt(), in.readInt(), in.readInt()};
            int[] expected = {index.edgeCount, index.cityNames.size(), index.personNames.size(),
                index.identifiers.size()};
            if (from != index.size || !Arrays.equals(counts, expected)) {
                throw new IOException(file + " does not continue the index before it (starts at ad " + from
                        + ", the index holds " + index.size + ")");
            }
            index.resize(n);
            readAds(in, index, from, n, VERSION);
            index.size = n;
            index.postings = LinkIndex.merge(index.postings, in.readLongs());
            in.readStrings(index.cityNames);
            in.readStrings(index.personNames);
            in.readStrings(index.identifiers);
            index.edgeA = concat(index.edgeA, index.edgeCount, in.readInts());
            index.edgeB = concat(index.edgeB, index.edgeCount, in.readInts());
            int[] similarity = in.readInts();
            index.edgeSimilarity = Arrays.copyOf(index.edgeSimilarity, index.edgeCount + similarity.length);
            System.arraycopy(floats(similarity), 0, index.edgeSimilarity, index.edgeCount, similarity.length);
            index.edgeCount += similarity.length;
            int[] roots = readOrSkip(in, last);
            if (last) {
                index.networkOf = in.readInts();
                index.absorbed.clear();
                readAbsorbed(in, index);
            }
            return roots;
        }
    }

    private static void writeAds(BinaryFile out, LinkIndex index, int from, int to) throws IOException {
        int count = to - from;
        writeDictionary(out, index.ids, from);
        out.writeLongs(index.times, from, count);
        out.writeInts(index.cities, from, count);
        out.writeInts(floatBits(index.prices, from, count), count);
        out.writeInts(floatBits(index.risks, from, count), count);
        out.writeInts(index.names, from, count);
        out.writeBytes(index.ages, from, count);
        out.writeInts(index.shingleStart, from, count + 1);
        out.writeInts(index.shingleData, index.shingleStart[from], index.shingleStart[to] - index.shingleStart[from]);
        out.writeInts(index.identStart, from, count + 1);
        out.writeInts(index.identData, index.identStart[from], index.identStart[to] - index.identStart[from]);
    }

    /** Reads per-ad arrays of ads {@code from..to} into an index whose arrays hold at least {@code to} ads. */
    private static void readAds(BinaryFile in, LinkIndex index, int from, int to, int version)
            throws IOException {
        if (from == 0) {
            readDictionary(in, index.ids, version);
        } else {
            in.readStrings(index.ids);
        }
        if (index.ids.size() != to) {
            throw new IOException("the index file holds " + index.ids.size() + " ad ids where " + to
                    + " were expected (a repeated id?)");
        }
        if (from == 0) {
            index.times = in.readLongs();
            index.cities = in.readInts();
            index.prices = floats(in.readInts());
            index.risks = floats(in.readInts());
            index.names = in.readInts();
            index.ages = in.readBytes();
            index.shingleStart = in.readInts();
            index.shingleData = in.readInts();
            index.identStart = in.readInts();
            index.identData = in.readInts();
            return;
        }
        int count = to - from;
        System.arraycopy(in.readLongs(), 0, index.times, from, count);
        System.arraycopy(in.readInts(), 0, index.cities, from, count);
        System.arraycopy(floats(in.readInts()), 0, index.prices, from, count);
        System.arraycopy(floats(in.readInts()), 0, index.risks, from, count);
        System.arraycopy(in.readInts(), 0, index.names, from, count);
        System.arraycopy(in.readBytes(), 0, index.ages, from, count);
        System.arraycopy(in.readInts(), 0, index.shingleStart, from, count + 1);
        index.shingleData = concat(index.shingleData, index.shingleStart[from], in.readInts());
        System.arraycopy(in.readInts(), 0, index.identStart, from, count + 1);
        index.identData = concat(index.identData, index.identStart[from], in.readInts());
    }

    /**
     * A dictionary's strings from {@code from}; a base ({@code from == 0}) adds the hash table, so reading it
     * needs no hashing (ids and identifiers are a million strings each on a million-ad index).
     */
    private static void writeDictionary(BinaryFile out, Dictionary strings, int from) throws IOException {
        out.writeStrings(strings, from);
        if (from == 0) {
            int[] table = strings.slotTable();
            out.writeInts(table, table.length);
        }
    }

    /** A base's dictionary: with its hash table from version 4 on, rebuilt from the strings in version 3. */
    private static void readDictionary(BinaryFile in, Dictionary into, int version) throws IOException {
        if (version == OLDER_VERSION) {
            in.readStrings(into);
            return;
        }
        String[] strings = in.readStringArray();
        int[] table = in.readInts();
        try {
            into.restore(strings, table);
        } catch (IllegalArgumentException e) {
            throw new IOException("the index file's dictionary is damaged: " + e.getMessage(), e);
        }
    }

    private static void writeEdges(BinaryFile out, LinkIndex index, int from) throws IOException {
        int count = index.edgeCount - from;
        out.writeInts(index.edgeA, from, count);
        out.writeInts(index.edgeB, from, count);
        out.writeInts(floatBits(index.edgeSimilarity, from, count), count);
    }

    private static void writeAbsorbed(BinaryFile out, LinkIndex index) throws IOException {
        out.writeInt(index.absorbed.size());
        for (Map.Entry<Integer, int[]> entry : new TreeMap<>(index.absorbed).entrySet()) {
            out.writeInt(entry.getKey());
            out.writeInts(entry.getValue(), entry.getValue().length);
        }
    }

    private static void readAbsorbed(BinaryFile in, LinkIndex index) throws IOException {
        int absorbed = in.readInt();
        for (int k = 0; k < absorbed; k++) {
            int keeper = in.readInt();
            index.absorbed.put(keeper, in.readInts());
        }
    }

    private static int[] readOrSkip(BinaryFile in, boolean read) throws IOException {
        if (read) {
            return in.readInts();
        }
        in.skipInts();
        return null;
    }

    /** The postings of ads {@code from} and up, in their (sorted) order. */
    private static long[] postingsFrom(long[] postings, int from) {
        int count = 0;
        for (long p : postings) {
            if ((p & LinkIndex.INDEX_MASK) >= from) {
                count++;
            }
        }
        long[] out = new long[count];
        int k = 0;
        for (long p : postings) {
            if ((p & LinkIndex.INDEX_MASK) >= from) {
                out[k++] = p;
            }
        }
        return out;
    }

    private static int countSegments(Path dir, long generation) {
        int count = 0;
        while (Files.isRegularFile(dir.resolve(segmentName(generation, count + 1)))) {
            count++;
        }
        return count;
    }

    private static long nextGeneration(LinkIndex index, Path dir) throws IOException {
        long highest = index.stored == null ? 0 : index.stored.generation();
        for (Path segment : segmentFiles(dir)) {
            Matcher m = SEGMENT.matcher(segment.getFileName().toString());
            if (m.matches()) {
                highest = Math.max(highest, Long.parseLong(m.group(1)));
            }
        }
        return highest + 1;
    }

    /** Segment files of any generation, and leftover temporary files of interrupted segment writes. */
    private static java.util.List<Path> segmentFiles(Path dir) throws IOException {
        java.util.List<Path> out = new java.util.ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "link-index-*.seg*")) {
            files.forEach(out::add);
        }
        return out;
    }

    /** Makes a rename durable where the platform allows forcing a directory (Linux does; others may refuse). */
    private static void syncDirectory(Path dir) {
        try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException e) {
            // not supported here: the rename is still atomic, only its durability on power loss is not forced
        }
    }

    static String segmentName(long generation, int sequence) {
        return "link-index-" + generation + "-" + sequence + ".seg";
    }

    private static Stored mark(LinkIndex index, Path dir, long generation, int segments, int baseAds) {
        return new Stored(key(dir), generation, segments, baseAds, index.size, index.edgeCount,
                index.cityNames.size(), index.personNames.size(), index.identifiers.size());
    }

    private static Path key(Path dir) {
        return dir.toAbsolutePath().normalize();
    }

    private static void writeSettings(BinaryFile out, LinkSettings s) throws IOException {
        out.writeLong(s.seed());
        out.writeInt(s.bands());
        out.writeInt(s.rows());
        out.writeDouble(s.minJaccard());
        out.writeInt(s.minShingles());
        out.writeInt(s.maxShingles());
        out.writeInt(s.firstInBucket());
        out.writeInt(s.previousInBucket());
        out.writeInt(s.hubMinGroups());
        out.writeInt(s.hubMaxGroups());
    }

    private static LinkSettings readSettings(BinaryFile in) throws IOException {
        return new LinkSettings(in.readLong(), in.readInt(), in.readInt(), in.readDouble(), in.readInt(),
                in.readInt(), in.readInt(), in.readInt(), in.readInt(), in.readInt());
    }

    private static int[] concat(int[] head, int headLength, int[] tail) {
        int[] out = Arrays.copyOf(head, headLength + tail.length);
        System.arraycopy(tail, 0, out, headLength, tail.length);
        return out;
    }

    private static int[] floatBits(float[] values, int from, int count) {
        int[] bits = new int[count];
        for (int i = 0; i < count; i++) {
            bits[i] = Float.floatToRawIntBits(values[from + i]);
        }
        return bits;
    }

    private static float[] floats(int[] bits) {
        float[] values = new float[bits.length];
        for (int i = 0; i < bits.length; i++) {
            values[i] = Float.intBitsToFloat(bits[i]);
        }
        return values;
    }
}
