package org.palermo.app.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LineReaderTest {

    private static List<InputLine> read(byte[] bytes, int max) throws IOException {
        List<InputLine> lines = new ArrayList<>();
        try (LineReader reader = new LineReader(new ByteArrayInputStream(bytes), max)) {
            InputLine line;
            while ((line = reader.next()) != null) {
                lines.add(line);
            }
        }
        return lines;
    }

    @Test
    void everyLineComesBackNumberedWithWindowsLineEndsAndNoFinalNewline() throws IOException {
        List<InputLine> lines = read("a\r\n\nc".getBytes(StandardCharsets.UTF_8), 100);
        assertThat(lines).extracting(InputLine::number).containsExactly(1L, 2L, 3L);
        assertThat(lines).extracting(InputLine::text).containsExactly("a", "", "c");
    }

    @Test
    void invalidUtf8IsAnErrorForThatLineOnly() throws IOException {
        byte[] bytes = {'o', 'k', '\n', (byte) 0xC3, (byte) 0x28, '\n', 'n', 'e', 'x', 't', '\n'};
        List<InputLine> lines = read(bytes, 100);
        assertThat(lines).hasSize(3);
        assertThat(lines.get(1).error()).contains("not valid UTF-8");
        assertThat(lines.get(2).text()).isEqualTo("next");
    }

    @Test
    void anOversizedLineIsReportedAndSkippedWithoutLosingTheNext() throws IOException {
        String big = "x".repeat(500);
        List<InputLine> lines = read((big + "\nafter\n").getBytes(StandardCharsets.UTF_8), 100);
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0).isError()).isTrue();
        assertThat(lines.get(0).error()).contains("longer than 100 bytes");
        assertThat(lines.get(1)).isEqualTo(InputLine.ok(2, "after"));
    }

    @Test
    void multiByteCharactersAcrossReadChunksSurvive() throws IOException {
        String text = "é".repeat(70_000) + "\n☎ 415\n";
        List<InputLine> lines = read(text.getBytes(StandardCharsets.UTF_8), 1 << 20);
        assertThat(lines.get(0).text()).hasSize(70_000);
        assertThat(lines.get(1).text()).isEqualTo("☎ 415");
    }
}
