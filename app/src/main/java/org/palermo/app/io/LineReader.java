package org.palermo.app.io;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Reads a stream as lines of strict UTF-8, one {@link InputLine} per line, never losing a line.
 *
 * <p>A line with invalid UTF-8 or longer than the limit comes back as an error with its number; the rest of an
 * oversized line is skipped without buffering it, so memory stays bounded whatever the input. A trailing
 * {@code \r} is dropped (Windows line ends); an empty last line after the final {@code \n} is not a line.
 */
public final class LineReader implements Closeable {

    public static final int DEFAULT_MAX_LINE_BYTES = 1 << 20;

    private final InputStream in;
    private final int maxLineBytes;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    private final byte[] chunk = new byte[1 << 16];
    private int chunkPos;
    private int chunkLimit;
    private byte[] buffer = new byte[8192];
    private long lineNumber;
    private boolean eof;

    public LineReader(InputStream in, int maxLineBytes) {
        this.in = in;
        if (maxLineBytes < 1) {
            throw new IllegalArgumentException("maxLineBytes must be positive, was " + maxLineBytes);
        }
        this.maxLineBytes = maxLineBytes;
    }

    public LineReader(InputStream in) {
        this(in, DEFAULT_MAX_LINE_BYTES);
    }

    /** The next line, or {@code null} at the end of the stream. */
    public InputLine next() throws IOException {
        if (eof) {
            return null;
        }
        int length = 0;
        boolean oversized = false;
        int b;
        while ((b = read()) != -1 && b != '\n') {
            if (oversized) {
                continue;
            }
            if (length == maxLineBytes) {
                oversized = true;
                continue;
            }
            if (length == buffer.length) {
                buffer = Arrays.copyOf(buffer, Math.min(buffer.length * 2, maxLineBytes));
            }
            buffer[length++] = (byte) b;
        }
        if (b == -1) {
            eof = true;
            if (length == 0 && !oversized) {
                return null;
            }
        }
        lineNumber++;
        if (oversized) {
            return InputLine.bad(lineNumber, "line is longer than " + maxLineBytes + " bytes");
        }
        if (length > 0 && buffer[length - 1] == '\r') {
            length--;
        }
        try {
            CharBuffer chars = decoder.reset().decode(ByteBuffer.wrap(buffer, 0, length));
            return InputLine.ok(lineNumber, chars.toString());
        } catch (CharacterCodingException e) {
            return InputLine.bad(lineNumber, "line is not valid UTF-8");
        }
    }

    private int read() throws IOException {
        if (chunkPos == chunkLimit) {
            int n = in.read(chunk, 0, chunk.length);
            if (n <= 0) {
                return -1;
            }
            chunkPos = 0;
            chunkLimit = n;
        }
        return chunk[chunkPos++] & 0xff;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
