package org.palermo.app.io;

import java.util.Map;

/**
 * One record of a CSV file: the line it starts on and its fields by column name, or the reason it could not be read.
 */
public record CsvRecord(long line, Map<String, String> fields, String error) {

    public boolean isError() {
        return error != null;
    }
}
