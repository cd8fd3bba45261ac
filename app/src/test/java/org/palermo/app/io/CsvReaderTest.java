package org.palermo.app.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CsvReaderTest {

    private static CsvReader reader(String text, int max) {
        return new CsvReader(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), max);
    }

    @Test
    void readsQuotedCommasQuotesAndLineBreaks() throws IOException {
        CsvReader csv = reader("a,b\r\n\"x, y\",\"say \"\"hi\"\"\nthere\"\n3,\n", 1000);

        assertThat(csv.header()).containsExactly("a", "b");
        CsvRecord first = csv.next();
        assertThat(first.line()).isEqualTo(2);
        assertThat(first.fields()).containsEntry("a", "x, y").containsEntry("b", "say \"hi\"\nthere");
        CsvRecord second = csv.next();
        assertThat(second.line()).isEqualTo(4);
        assertThat(second.fields()).containsEntry("a", "3").containsEntry("b", "");
        assertThat(csv.next()).isNull();
    }

    @Test
    void oversizedRecordIsAnErrorAndReadingResumesAfterIt() throws IOException {
        CsvReader csv = reader("a\n\"" + "x".repeat(50) + "\n" + "y".repeat(50) + "\"\nok\n", 60);

        CsvRecord big = csv.next();
        assertThat(big.isError()).isTrue();
        assertThat(big.error()).contains("longer than 60");
        assertThat(csv.next().fields()).containsEntry("a", "ok");
    }
}
