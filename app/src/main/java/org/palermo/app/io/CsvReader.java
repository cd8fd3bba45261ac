package org.palermo.app.io;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads CSV (RFC 4180: comma-separated, fields optionally in double quotes, {@code ""} for a quote inside a quoted
 * field, line breaks allowed inside quotes) with a header row of column names, one {@link CsvRecord} per record.
 *
 * <p>Built on {@link LineReader}, so input is strict UTF-8 and lines are bounded; a record is bounded too
 * ({@code maxRecordChars}). A record that cannot be read (invalid UTF-8, too long, more fields than the header, a
 * quote left open at the end of the file) comes back as an error with the line it starts on, and reading goes on
 * with the next record.
 */
public final class CsvReader implements Closeable {

    private final LineReader lines;
    private final int maxRecordChars;
    private List<String> header;

    public CsvReader(InputStream in, int maxRecordChars) {
        this.lines = new LineReader(in);
        this.maxRecordChars = maxRecordChars;
    }

    /** The column names of the header row, reading it if needed; empty for an empty file. */
    public List<String> header() throws IOException {
        if (header == null) {
            Raw raw = readRaw();
            if (raw == null) {
                header = List.of();
            } else if (raw.error != null) {
                throw new IOException("CSV header (line " + raw.line + "): " + raw.error);
            } else {
                header = List.copyOf(raw.fields);
            }
        }
        return header;
    }

    /** The next record, or {@code null} at the end of the file. Blank lines are skipped. */
    public CsvRecord next() throws IOException {
        header();
        Raw raw;
        do {
            raw = readRaw();
            if (raw == null) {
                return null;
            }
        } while (raw.error == null && raw.fields.size() == 1 && raw.fields.get(0).isEmpty());
        if (raw.error != null) {
            return new CsvRecord(raw.line, null, raw.error);
        }
        if (raw.fields.size() > header.size()) {
            return new CsvRecord(raw.line, null,
                    "record has " + raw.fields.size() + " fields but the header has " + header.size());
        }
        Map<String, String> fields = new LinkedHashMap<>();
        for (int i = 0; i < raw.fields.size(); i++) {
            fields.put(header.get(i), raw.fields.get(i));
        }
        return new CsvRecord(raw.line, fields, null);
    }

    private record Raw(long line, List<String> fields, String error) {
    }

    private Raw readRaw() throws IOException {
        InputLine first = lines.next();
        if (first == null) {
            return null;
        }
        long start = first.number();
        Parser parser = new Parser();
        String error = null;
        InputLine line = first;
        while (true) {
            if (line.isError()) {
                error = error != null ? error : line.error() + (line == first ? "" : " (line " + line.number() + ")");
            } else {
                parser.feed(line.text());
                if (error == null && parser.chars > maxRecordChars) {
                    error = "record is longer than " + maxRecordChars + " characters";
                }
            }
            if (error != null) {
                parser.discard();
            }
            if (!parser.inQuotes()) {
                break;
            }
            line = lines.next();
            if (line == null) {
                return new Raw(start, null,
                        error != null ? error : "quoted field is not closed before the end of the file");
            }
            parser.newline();
        }
        return error != null ? new Raw(start, null, error) : new Raw(start, parser.finish(), null);
    }

    /** The state of reading one record across physical lines. */
    private static final class Parser {
        final List<String> fields = new ArrayList<>();
        final StringBuilder field = new StringBuilder();
        boolean quoted;
        boolean quotePending;
        long chars;

        boolean inQuotes() {
            return quoted && !quotePending;
        }

        void newline() {
            field.append('\n');
        }

        /** Keeps tracking quotes but drops the content of a record that is already an error. */
        void discard() {
            fields.clear();
            field.setLength(0);
        }

        void feed(String text) {
            chars += text.length() + 1;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (quoted) {
                    if (quotePending) {
                        quotePending = false;
                        if (c == '"') {
                            field.append('"');
                            continue;
                        }
                        quoted = false;
                    } else if (c == '"') {
                        quotePending = true;
                        continue;
                    } else {
                        field.append(c);
                        continue;
                    }
                }
                if (c == ',') {
                    fields.add(field.toString());
                    field.setLength(0);
                } else if (c == '"' && field.length() == 0) {
                    quoted = true;
                } else {
                    field.append(c);
                }
            }
        }

        List<String> finish() {
            fields.add(field.toString());
            return fields;
        }
    }

    @Override
    public void close() throws IOException {
        lines.close();
    }
}
