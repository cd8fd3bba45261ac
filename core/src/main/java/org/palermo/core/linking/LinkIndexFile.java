package org.palermo.core.linking;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;

/**
 * The index on disk: one versioned binary file ({@value #FILE_NAME}) in a state directory. Written to a temporary
 * file and moved into place, so a crash leaves the previous state intact. Format version {@value #VERSION}:
 * magic, version, settings, then each array as a length and its big-endian values (docs/linking.md).
 */
public final class LinkIndexFile {

    public static final String FILE_NAME = "link-index.bin";
    static final int MAGIC = 0x504C4C4B; // "PLLK"
    static final int VERSION = 1;
    private static final int CHUNK = 1 << 16;

    private LinkIndexFile() {
    }

    public static boolean exists(Path dir) {
        return Files.isRegularFile(dir.resolve(FILE_NAME));
    }

    public static void write(LinkIndex index, Path dir) throws IOException {
        Files.createDirectories(dir);
        Path tmp = dir.resolve(FILE_NAME + ".tmp");
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(tmp), CHUNK))) {
            out.writeInt(MAGIC);
            out.writeInt(VERSION);
            writeSettings(out, index.settings);
            int n = index.size;
            out.writeInt(n);
            for (int i = 0; i < n; i++) {
                writeString(out, index.ids[i]);
            }
            writeLongs(out, index.times, n);
            writeInts(out, index.cities, n);
            writeFloats(out, index.prices, n);
            writeFloats(out, index.risks, n);
            writeInts(out, index.names, n);
            out.writeInt(n);
            out.write(index.ages, 0, n);
            writeInts(out, index.shingleStart, n + 1);
            writeInts(out, index.shingleData, index.shingleStart[n]);
            writeInts(out, index.identStart, n + 1);
            writeInts(out, index.identData, index.identStart[n]);
            writeLongs(out, index.postings, index.postings.length);
            writeDictionary(out, index.cityNames);
            writeDictionary(out, index.personNames);
            writeDictionary(out, index.identifiers);
            writeInts(out, index.templates.roots(), n);
            writeInts(out, index.edgeA, index.edgeCount);
            writeInts(out, index.edgeB, index.edgeCount);
            writeFloats(out, index.edgeSimilarity, index.edgeCount);
            writeInts(out, index.networkOf, n);
            out.writeInt(index.absorbed.size());
            for (Map.Entry<Integer, int[]> entry : new java.util.TreeMap<>(index.absorbed).entrySet()) {
                out.writeInt(entry.getKey());
                writeInts(out, entry.getValue(), entry.getValue().length);
            }
        }
        Files.move(tmp, dir.resolve(FILE_NAME), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** Reads the index in {@code dir}; the settings are those it was built with. */
    public static LinkIndex read(Path dir) throws IOException {
        Path file = dir.resolve(FILE_NAME);
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), CHUNK))) {
            if (in.readInt() != MAGIC) {
                throw new IOException(file + " is not a Palermo link index");
            }
            int version = in.readInt();
            if (version != VERSION) {
                throw new IOException(file + " has format version " + version + "; this build reads " + VERSION);
            }
            LinkIndex index = new LinkIndex(readSettings(in));
            int n = in.readInt();
            index.size = n;
            index.ids = new String[Math.max(n, 16)];
            for (int i = 0; i < n; i++) {
                index.ids[i] = readString(in);
                index.byId.put(index.ids[i], i);
            }
            index.times = grow(readLongs(in), n);
            index.cities = grow(readInts(in), n);
            index.prices = grow(readFloats(in), n);
            index.risks = grow(readFloats(in), n);
            index.names = grow(readInts(in), n);
            byte[] ages = new byte[Math.max(in.readInt(), 16)];
            in.readFully(ages, 0, n);
            index.ages = ages;
            index.shingleStart = grow(readInts(in), n + 1);
            index.shingleData = readInts(in);
            index.identStart = grow(readInts(in), n + 1);
            index.identData = readInts(in);
            index.postings = readLongs(in);
            readDictionary(in, index.cityNames);
            readDictionary(in, index.personNames);
            readDictionary(in, index.identifiers);
            index.templates = UnionFind.of(readInts(in), n);
            index.edgeA = readInts(in);
            index.edgeB = readInts(in);
            index.edgeSimilarity = readFloats(in);
            index.edgeCount = index.edgeA.length;
            index.edgeA = grow(index.edgeA, index.edgeCount + 1);
            index.edgeB = grow(index.edgeB, index.edgeCount + 1);
            index.edgeSimilarity = grow(index.edgeSimilarity, index.edgeCount + 1);
            index.networkOf = grow(readInts(in), n);
            index.resize(n + 1024);
            int absorbed = in.readInt();
            for (int k = 0; k < absorbed; k++) {
                int keeper = in.readInt();
                index.absorbed.put(keeper, readInts(in));
            }
            return index;
        }
    }

    private static void writeSettings(DataOutputStream out, LinkSettings s) throws IOException {
        out.writeLong(s.seed());
        out.writeInt(s.bands());
        out.writeInt(s.rows());
        out.writeDouble(s.minJaccard());
        out.writeInt(s.minShingles());
        out.writeInt(s.maxShingles());
        out.writeInt(s.firstInBucket());
        out.writeInt(s.previousInBucket());
        out.writeInt(s.hubMinGroups());
        out.writeDouble(s.hubMaxCoverage());
        out.writeInt(s.hubMaxGroups());
    }

    private static LinkSettings readSettings(DataInputStream in) throws IOException {
        return new LinkSettings(in.readLong(), in.readInt(), in.readInt(), in.readDouble(), in.readInt(),
                in.readInt(), in.readInt(), in.readInt(), in.readInt(), in.readDouble(), in.readInt());
    }

    private static void writeDictionary(DataOutputStream out, Dictionary dictionary) throws IOException {
        out.writeInt(dictionary.size());
        for (int i = 0; i < dictionary.size(); i++) {
            writeString(out, dictionary.get(i));
        }
    }

    private static void readDictionary(DataInputStream in, Dictionary dictionary) throws IOException {
        int size = in.readInt();
        for (int i = 0; i < size; i++) {
            dictionary.intern(readString(in));
        }
    }

    private static void writeString(DataOutputStream out, String value) throws IOException {
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    private static String readString(DataInputStream in) throws IOException {
        byte[] bytes = new byte[in.readInt()];
        in.readFully(bytes);
        return new String(bytes, StandardCharsets.UTF_8);
    }

    private static void writeInts(OutputStream out, int[] values, int count) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(CHUNK);
        buffer.putInt(count);
        for (int i = 0; i < count; i++) {
            if (buffer.remaining() < Integer.BYTES) {
                out.write(buffer.array(), 0, buffer.position());
                buffer.clear();
            }
            buffer.putInt(values[i]);
        }
        out.write(buffer.array(), 0, buffer.position());
    }

    private static void writeFloats(OutputStream out, float[] values, int count) throws IOException {
        int[] bits = new int[count];
        for (int i = 0; i < count; i++) {
            bits[i] = Float.floatToRawIntBits(values[i]);
        }
        writeInts(out, bits, count);
    }

    private static void writeLongs(OutputStream out, long[] values, int count) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(CHUNK);
        buffer.putInt(count);
        for (int i = 0; i < count; i++) {
            if (buffer.remaining() < Long.BYTES) {
                out.write(buffer.array(), 0, buffer.position());
                buffer.clear();
            }
            buffer.putLong(values[i]);
        }
        out.write(buffer.array(), 0, buffer.position());
    }

    private static int[] readInts(DataInputStream in) throws IOException {
        int count = in.readInt();
        int[] values = new int[count];
        byte[] bytes = new byte[CHUNK];
        int i = 0;
        while (i < count) {
            int n = Math.min(CHUNK / Integer.BYTES, count - i);
            in.readFully(bytes, 0, n * Integer.BYTES);
            ByteBuffer.wrap(bytes, 0, n * Integer.BYTES).asIntBuffer().get(values, i, n);
            i += n;
        }
        return values;
    }

    private static float[] readFloats(DataInputStream in) throws IOException {
        int[] bits = readInts(in);
        float[] values = new float[bits.length];
        for (int i = 0; i < bits.length; i++) {
            values[i] = Float.intBitsToFloat(bits[i]);
        }
        return values;
    }

    private static long[] readLongs(DataInputStream in) throws IOException {
        int count = in.readInt();
        long[] values = new long[count];
        byte[] bytes = new byte[CHUNK];
        int i = 0;
        while (i < count) {
            int n = Math.min(CHUNK / Long.BYTES, count - i);
            in.readFully(bytes, 0, n * Long.BYTES);
            ByteBuffer.wrap(bytes, 0, n * Long.BYTES).asLongBuffer().get(values, i, n);
            i += n;
        }
        return values;
    }

    private static int[] grow(int[] a, int min) {
        return a.length >= Math.max(min, 16) ? a : java.util.Arrays.copyOf(a, Math.max(min, 16));
    }

    private static long[] grow(long[] a, int min) {
        return a.length >= Math.max(min, 16) ? a : java.util.Arrays.copyOf(a, Math.max(min, 16));
    }

    private static float[] grow(float[] a, int min) {
        return a.length >= Math.max(min, 16) ? a : java.util.Arrays.copyOf(a, Math.max(min, 16));
    }

}
