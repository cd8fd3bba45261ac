package org.palermo.app.io;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Map;

/**
 * Ad records from a JSON Lines or CSV input, one per line (JSONL) or record (CSV), each still unparsed or already an
 * error: parsing JSON is left to the caller so that it can run on several threads.
 */
public abstract class AdRecords implements Closeable {

    /** Longest CSV record accepted. */
    public static final int MAX_CSV_RECORD_CHARS = 1 << 20;

    /** An input record: its line number and the JSON text or the CSV fields as an object, or an error. */
    public record Item(long line, String json, ObjectNode object, String error, int chars) {
    }

    /** The input formats. */
    public enum Format {
        JSONL, CSV;

        /** CSV for a file name ending in .csv, JSON Lines otherwise. */
        public static Format of(String fileName) {
            return fileName != null && fileName.toLowerCase(Locale.ROOT).endsWith(".csv") ? CSV : JSONL;
        }
    }

    /** The next record, or {@code null} at the end. */
    public abstract Item next() throws IOException;

    public static AdRecords open(InputStream in, Format format, ObjectMapper mapper) {
        return format == Format.CSV ? new Csv(in, mapper) : new Jsonl(in);
    }

    private static final class Jsonl extends AdRecords {
        private final LineReader lines;

        Jsonl(InputStream in) {
            lines = new LineReader(in);
        }

        @Override
        public Item next() throws IOException {
            InputLine line = lines.next();
            if (line == null) {
                return null;
            }
            return new Item(line.number(), line.text(), null, line.error(), line.text() == null ? 0 : line.text().length());
        }

        @Override
        public void close() throws IOException {
            lines.close();
        }
    }

    private static final class Csv extends AdRecords {
        private final CsvReader reader;
        private final ObjectMapper mapper;

        Csv(InputStream in, ObjectMapper mapper) {
            reader = new CsvReader(in, MAX_CSV_RECORD_CHARS);
            this.mapper = mapper;
        }

        @Override
        public Item next() throws IOException {
            CsvRecord record = reader.next();
            if (record == null) {
                return null;
            }
            if (record.isError()) {
                return new Item(record.line(), null, null, record.error(), 0);
            }
            ObjectNode object = mapper.createObjectNode();
            int chars = 0;
            for (Map.Entry<String, String> field : record.fields().entrySet()) {
                object.put(field.getKey(), field.getValue());
                chars += field.getValue().length();
            }
            return new Item(record.line(), null, object, null, chars);
        }

        @Override
        public void close() throws IOException {
            reader.close();
        }
    }
}
