package org.palermo.core.linking;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.TreeMap;

/**
 * The index on disk: one versioned binary file ({@value #FILE_NAME}) in a state directory, written to a
 * temporary file and moved into place, so a crash leaves the previous state intact.
 *
 * <p>Format version {@value #VERSION}, big-endian: magic "PLLK", version, the settings the index was built
 * with, the ad count n, then per-ad arrays (ids as a string block; times; cities; prices; risks; names; ages;
 * shingle rows; identifier rows), the LSH postings, the city, name and identifier dictionaries, the template
 * parents, the template edges, the last network of each ad and the absorbed-id history. Arrays are a count and
 * the values; string blocks are their UTF-8 lengths then the bytes.
 */
public final class LinkIndexFile {

    public static final String FILE_NAME = "link-index.bin";
    static final int MAGIC = 0x504C4C4B;
    static final int VERSION = 3;

    private LinkIndexFile() {
    }

    public static boolean exists(Path dir) {
        return Files.isRegularFile(dir.resolve(FILE_NAME));
    }

    public static void write(LinkIndex index, Path dir) throws IOException {
        Files.createDirectories(dir);
        Path tmp = dir.resolve(FILE_NAME + ".tmp");
        int n = index.size;
        try (BinaryFile out = BinaryFile.create(tmp)) {
            out.writeInt(MAGIC);
            out.writeInt(VERSION);
            writeSettings(out, index.settings);
            out.writeInt(n);
            out.writeStrings(index.ids);
            out.writeLongs(index.times, n);
            out.writeInts(index.cities, n);
            out.writeInts(floatBits(index.prices, n), n);
            out.writeInts(floatBits(index.risks, n), n);
            out.writeInts(index.names, n);
            out.writeBytes(index.ages, n);
            out.writeInts(index.shingleStart, n + 1);
            out.writeInts(index.shingleData, index.shingleStart[n]);
            out.writeInts(index.identStart, n + 1);
            out.writeInts(index.identData, index.identStart[n]);
            out.writeLongs(index.postings, index.postings.length);
            out.writeStrings(index.cityNames);
            out.writeStrings(index.personNames);
            out.writeStrings(index.identifiers);
            out.writeInts(index.templates.roots(), n);
            out.writeInts(index.edgeA, index.edgeCount);
            out.writeInts(index.edgeB, index.edgeCount);
            out.writeInts(floatBits(index.edgeSimilarity, index.edgeCount), index.edgeCount);
            out.writeInts(index.networkOf, n);
            out.writeInt(index.absorbed.size());
            for (Map.Entry<Integer, int[]> entry : new TreeMap<>(index.absorbed).entrySet()) {
                out.writeInt(entry.getKey());
                out.writeInts(entry.getValue(), entry.getValue().length);
            }
        }
        Files.move(tmp, dir.resolve(FILE_NAME), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** Reads the index in {@code dir}; the settings are those it was built with. */
    public static LinkIndex read(Path dir) throws IOException {
        Path file = dir.resolve(FILE_NAME);
        try (BinaryFile in = BinaryFile.open(file)) {
            if (in.readInt() != MAGIC) {
                throw new IOException(file + " is not a Palermo link index");
            }
            int version = in.readInt();
            if (version != VERSION) {
                throw new IOException(file + " has format version " + version + "; this build reads " + VERSION
                        + " (relink from the ads to rebuild it)");
            }
            LinkIndex index = new LinkIndex(readSettings(in));
            int n = in.readInt();
            index.size = n;
            in.readStrings(index.ids);
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
            index.postings = in.readLongs();
            in.readStrings(index.cityNames);
            in.readStrings(index.personNames);
            in.readStrings(index.identifiers);
            index.templates = UnionFind.of(in.readInts(), n);
            index.edgeA = in.readInts();
            index.edgeB = in.readInts();
            index.edgeSimilarity = floats(in.readInts());
            index.edgeCount = index.edgeA.length;
            index.networkOf = in.readInts();
            int absorbed = in.readInt();
            for (int k = 0; k < absorbed; k++) {
                int keeper = in.readInt();
                index.absorbed.put(keeper, in.readInts());
            }
            index.resize(n + 1024);
            index.growEdges(index.edgeCount + 1024);
            return index;
        }
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

    private static int[] floatBits(float[] values, int count) {
        int[] bits = new int[count];
        for (int i = 0; i < count; i++) {
            bits[i] = Float.floatToRawIntBits(values[i]);
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
