package org.palermo.core.linking;

import java.io.Closeable;
import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/** Big-endian primitive arrays through a file channel with one reusable buffer: the index file's encoding. */
final class BinaryFile implements Closeable {

    private static final int BUFFER = 1 << 22;

    private final FileChannel channel;
    private final ByteBuffer buffer = ByteBuffer.allocate(BUFFER);
    private final boolean writing;

    private BinaryFile(FileChannel channel, boolean writing) {
        this.channel = channel;
        this.writing = writing;
        if (!writing) {
            buffer.limit(0);
        }
    }

    static BinaryFile create(Path file) throws IOException {
        return new BinaryFile(FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING), true);
    }

    static BinaryFile open(Path file) throws IOException {
        return new BinaryFile(FileChannel.open(file, StandardOpenOption.READ), false);
    }

    void writeInt(int value) throws IOException {
        room(Integer.BYTES);
        buffer.putInt(value);
    }

    void writeLong(long value) throws IOException {
        room(Long.BYTES);
        buffer.putLong(value);
    }

    void writeDouble(double value) throws IOException {
        writeLong(Double.doubleToRawLongBits(value));
    }

    void writeInts(int[] values, int count) throws IOException {
        writeInts(values, 0, count);
    }

    void writeInts(int[] values, int from, int count) throws IOException {
        writeInt(count);
        int done = 0;
        while (done < count) {
            room(Integer.BYTES);
            int n = Math.min(buffer.remaining() / Integer.BYTES, count - done);
            buffer.asIntBuffer().put(values, from + done, n);
            buffer.position(buffer.position() + n * Integer.BYTES);
            done += n;
        }
    }

    void writeLongs(long[] values, int count) throws IOException {
        writeLongs(values, 0, count);
    }

    void writeLongs(long[] values, int from, int count) throws IOException {
        writeInt(count);
        int done = 0;
        while (done < count) {
            room(Long.BYTES);
            int n = Math.min(buffer.remaining() / Long.BYTES, count - done);
            buffer.asLongBuffer().put(values, from + done, n);
            buffer.position(buffer.position() + n * Long.BYTES);
            done += n;
        }
    }

    void writeBytes(byte[] values, int count) throws IOException {
        writeBytes(values, 0, count);
    }

    void writeBytes(byte[] values, int from, int count) throws IOException {
        writeInt(count);
        int done = 0;
        while (done < count) {
            room(1);
            int n = Math.min(buffer.remaining(), count - done);
            buffer.put(values, from + done, n);
            done += n;
        }
    }

    /** Strings as a block: their UTF-8 lengths, then their bytes. */
    void writeStrings(Dictionary strings) throws IOException {
        writeStrings(strings, 0);
    }

    /** The strings numbered {@code from} and up, as a block. */
    void writeStrings(Dictionary strings, int from) throws IOException {
        int n = strings.size() - from;
        int[] lengths = new int[n];
        byte[][] encoded = new byte[n][];
        int total = 0;
        for (int i = 0; i < n; i++) {
            encoded[i] = strings.get(from + i).getBytes(StandardCharsets.UTF_8);
            lengths[i] = encoded[i].length;
            total += lengths[i];
        }
        writeInts(lengths, n);
        byte[] blob = new byte[total];
        int at = 0;
        for (byte[] e : encoded) {
            System.arraycopy(e, 0, blob, at, e.length);
            at += e.length;
        }
        writeBytes(blob, total);
    }

    int readInt() throws IOException {
        fill(Integer.BYTES);
        return buffer.getInt();
    }

    long readLong() throws IOException {
        fill(Long.BYTES);
        return buffer.getLong();
    }

    double readDouble() throws IOException {
        return Double.longBitsToDouble(readLong());
    }

    int[] readInts() throws IOException {
        int count = readInt();
        int[] values = new int[count];
        int done = 0;
        while (done < count) {
            fill(Integer.BYTES);
            int n = Math.min(buffer.remaining() / Integer.BYTES, count - done);
            buffer.asIntBuffer().get(values, done, n);
            buffer.position(buffer.position() + n * Integer.BYTES);
            done += n;
        }
        return values;
    }

    long[] readLongs() throws IOException {
        int count = readInt();
        long[] values = new long[count];
        int done = 0;
        while (done < count) {
            fill(Long.BYTES);
            int n = Math.min(buffer.remaining() / Long.BYTES, count - done);
            buffer.asLongBuffer().get(values, done, n);
            buffer.position(buffer.position() + n * Long.BYTES);
            done += n;
        }
        return values;
    }

    byte[] readBytes() throws IOException {
        int count = readInt();
        byte[] values = new byte[count];
        int done = 0;
        while (done < count) {
            fill(1);
            int n = Math.min(buffer.remaining(), count - done);
            buffer.get(values, done, n);
            done += n;
        }
        return values;
    }

    /** Skips an array of ints (count then values) without reading it into memory. */
    void skipInts() throws IOException {
        skip((long) readInt() * Integer.BYTES);
    }

    private void skip(long bytes) throws IOException {
        if (buffer.remaining() >= bytes) {
            buffer.position(buffer.position() + (int) bytes);
            return;
        }
        long beyond = bytes - buffer.remaining();
        buffer.limit(0);
        channel.position(channel.position() + beyond);
    }

    /** A string block as an array. */
    String[] readStringArray() throws IOException {
        int[] lengths = readInts();
        byte[] blob = readBytes();
        String[] out = new String[lengths.length];
        int at = 0;
        for (int i = 0; i < lengths.length; i++) {
            out[i] = new String(blob, at, lengths[i], StandardCharsets.UTF_8);
            at += lengths[i];
        }
        return out;
    }

    void readStrings(Dictionary into) throws IOException {
        int[] lengths = readInts();
        byte[] blob = readBytes();
        into.reserve(into.size() + lengths.length);
        int at = 0;
        for (int length : lengths) {
            into.intern(new String(blob, at, length, StandardCharsets.UTF_8));
            at += length;
        }
    }

    private void room(int bytes) throws IOException {
        if (buffer.remaining() < bytes) {
            flush();
        }
    }

    private void flush() throws IOException {
        buffer.flip();
        while (buffer.hasRemaining()) {
            channel.write(buffer);
        }
        buffer.clear();
    }

    private void fill(int bytes) throws IOException {
        if (buffer.remaining() >= bytes) {
            return;
        }
        buffer.compact();
        while (buffer.position() < bytes) {
            if (channel.read(buffer) < 0) {
                throw new EOFException("index file ends early");
            }
        }
        buffer.flip();
    }

    @Override
    public void close() throws IOException {
        if (writing) {
            flush();
            channel.force(true);
        }
        channel.close();
    }
}
