package org.palermo.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScreeningAdsFromTheCommandLineTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @TempDir
    Path dir;

    private Path write(String name, byte[] content) throws IOException {
        return Files.write(dir.resolve(name), content);
    }

    private Path write(String name, String content) throws IOException {
        return write(name, content.getBytes(StandardCharsets.UTF_8));
    }

    private int screen(String... args) {
        List<String> all = new ArrayList<>(List.of("screen"));
        all.addAll(List.of(args));
        return Palermo.commandLine().execute(all.toArray(String[]::new));
    }

    private List<JsonNode> output(Path file) throws IOException {
        List<JsonNode> nodes = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            nodes.add(MAPPER.readTree(line));
        }
        return nodes;
    }

    @Test
    void jsonlAdsGetRiskBandIndicatorsWithSpansAndVersions() throws IOException {
        Path in = write("ads.jsonl", """
                {"id":"a1","title":"Young Asian","body":"100% real, she is available 24/7, new in town"}
                {"id":"a2","body":"Relaxing massage by appointment"}
                """);
        Path out = dir.resolve("out.jsonl");

        int exit = screen("--input", in.toString(), "--output", out.toString());

        assertThat(exit).isZero();
        List<JsonNode> lines = output(out);
        assertThat(lines).hasSize(2);
        JsonNode first = lines.get(0);
        assertThat(first.path("id").asText()).isEqualTo("a1");
        assertThat(first.path("band").asText()).isEqualTo("high");
        assertThat(first.path("risk").asDouble()).isGreaterThan(lines.get(1).path("risk").asDouble());
        assertThat(first.path("rulebook").asText()).startsWith("rulebook-v2");
        assertThat(first.path("calibration").asText()).isNotBlank();
        assertThat(first.path("categories").toString()).contains("YOUTH", "MOVEMENT");
        String text = "Young Asian\n100% real, she is available 24/7, new in town";
        for (JsonNode indicator : first.path("indicators")) {
            assertThat(text.substring(indicator.path("start").asInt(), indicator.path("end").asInt()))
                    .isEqualTo(indicator.path("text").asText());
            assertThat(indicator.has("weight") && indicator.has("grade") && indicator.has("code")).isTrue();
        }
        assertThat(lines.get(1).path("band").asText()).isEqualTo("low");
    }

    @Test
    void everyBadLineGetsAnErrorRecordWithItsNumberAndTheRunGoesOn() throws IOException {
        byte[] invalidUtf8 = "{\"id\":\"u\",\"body\":\"\u00ff\"}\n".getBytes(StandardCharsets.ISO_8859_1);
        String oversized = "{\"id\":\"big\",\"body\":\"" + "x".repeat(100_001) + "\"}\n";
        String text = """
                {"id":"ok1","body":"hello"}
                {"id":"ok1","body":"again"}
                {not json
                {"body":"no id"}
                """ + oversized;
        byte[] head = text.getBytes(StandardCharsets.UTF_8);
        byte[] tail = "{\"id\":\"ok2\",\"body\":\"young\"}\n".getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[head.length + invalidUtf8.length + tail.length];
        System.arraycopy(head, 0, all, 0, head.length);
        System.arraycopy(invalidUtf8, 0, all, head.length, invalidUtf8.length);
        System.arraycopy(tail, 0, all, head.length + invalidUtf8.length, tail.length);
        Path in = write("bad.jsonl", all);
        Path out = dir.resolve("out.jsonl");

        int exit = screen("--input", in.toString(), "--output", out.toString());

        assertThat(exit).isEqualTo(1);
        List<JsonNode> lines = output(out);
        assertThat(lines).hasSize(7);
        assertThat(lines.get(0).path("id").asText()).isEqualTo("ok1");
        assertError(lines.get(1), 2, "duplicate id 'ok1'");
        assertError(lines.get(2), 3, "malformed JSON");
        assertError(lines.get(3), 4, "missing required field 'id'");
        assertError(lines.get(4), 5, "longer than");
        assertError(lines.get(5), 6, "not valid UTF-8");
        assertThat(lines.get(6).path("id").asText()).isEqualTo("ok2");
    }

    @Test
    void strictStopsAtTheFirstBadLine() throws IOException {
        Path in = write("bad.jsonl", """
                {"id":"1","body":"a"}
                oops
                {"id":"3","body":"c"}
                """);
        Path out = dir.resolve("out.jsonl");

        int exit = screen("--input", in.toString(), "--output", out.toString(), "--strict");

        assertThat(exit).isEqualTo(1);
        List<JsonNode> lines = output(out);
        assertThat(lines).hasSize(2);
        assertError(lines.get(1), 2, "malformed JSON");
    }

    @Test
    void csvWithQuotedLineBreaksGivesOneOutputLinePerRecord() throws IOException {
        Path in = write("ads.csv", """
                id,title,body,city,price
                c1,Hello,"Young lady, ""100% real""
                second line of the body",Springfield,120
                c2,,Massage,Springfield,
                c3,too,many,fields,1,extra
                c4,Bye,"no closing quote
                """);
        Path out = dir.resolve("out.jsonl");

        int exit = screen("--input", in.toString(), "--output", out.toString());

        assertThat(exit).isEqualTo(1);
        List<JsonNode> lines = output(out);
        assertThat(lines).hasSize(4);
        assertThat(lines.get(0).path("id").asText()).isEqualTo("c1");
        assertThat(lines.get(0).path("indicators").toString()).contains("YOUTH_LANGUAGE", "TRUST_PROFESSIONAL");
        assertThat(lines.get(1).path("id").asText()).isEqualTo("c2");
        assertError(lines.get(2), 5, "6 fields but the header has 5");
        assertError(lines.get(3), 6, "not closed");
    }

    @Test
    void formatOptionReadsCsvFromAFileWithAnotherExtension() throws IOException {
        Path in = write("ads.txt", "id,body\nx1,young\n");
        Path out = dir.resolve("out.jsonl");

        int exit = screen("--input", in.toString(), "--output", out.toString(), "--format", "csv");

        assertThat(exit).isZero();
        assertThat(output(out)).singleElement().satisfies(n -> assertThat(n.path("id").asText()).isEqualTo("x1"));
    }

    @Test
    void priceFarBelowTheMarketOfTheInputFires() throws IOException {
        StringBuilder ads = new StringBuilder();
        for (int i = 0; i < 30; i++) {
            ads.append("{\"id\":\"p").append(i).append("\",\"city\":\"Springfield\",\"price\":200}\n");
        }
        ads.append("{\"id\":\"cheap\",\"city\":\"Springfield\",\"price\":50}\n");
        Path in = write("ads.jsonl", ads.toString());
        Path out = dir.resolve("out.jsonl");

        screen("--input", in.toString(), "--output", out.toString());

        List<JsonNode> lines = output(out);
        assertThat(lines.get(30).path("indicators").toString()).contains("PRICE_BELOW_MARKET");
        assertThat(lines.get(0).path("indicators").toString()).doesNotContain("PRICE_BELOW_MARKET");
    }

    @Test
    void suppliedPriceTableDecidesWhatIsBelowTheMarket() throws IOException {
        Path in = write("ads.jsonl", """
                {"id":"cheap","city":"Ogdenville","price":40}
                {"id":"fair","city":"Ogdenville","price":90}
                """);
        Path prices = write("prices.csv", "city,median_price\nogdenville,100\n");
        Path out = dir.resolve("out.jsonl");

        screen("--input", in.toString(), "--output", out.toString(), "--prices", prices.toString());

        List<JsonNode> lines = output(out);
        assertThat(lines.get(0).path("indicators").toString()).contains("PRICE_BELOW_MARKET", "Ogdenville median 100");
        assertThat(lines.get(1).path("indicators").toString()).doesNotContain("PRICE_BELOW_MARKET");
    }

    @Test
    void manyAdsOnSeveralThreadsKeepTheirOrder() throws IOException {
        StringBuilder ads = new StringBuilder();
        for (int i = 0; i < 5_000; i++) {
            ads.append("{\"id\":\"n").append(i).append("\",\"body\":\"").append(i % 3 == 0 ? "young" : "hi")
                    .append("\"}\n");
        }
        Path in = write("ads.jsonl", ads.toString());
        Path out = dir.resolve("out.jsonl");

        int exit = screen("--input", in.toString(), "--output", out.toString(), "--threads", "3");

        assertThat(exit).isZero();
        List<JsonNode> lines = output(out);
        assertThat(lines).hasSize(5_000);
        for (int i = 0; i < 5_000; i++) {
            assertThat(lines.get(i).path("id").asText()).isEqualTo("n" + i);
        }
    }

    @Test
    void readsStandardInputAndWritesStandardOutputWhenNoFilesAreGiven() throws IOException {
        java.io.InputStream stdin = System.in;
        java.io.PrintStream stdout = System.out;
        java.io.ByteArrayOutputStream captured = new java.io.ByteArrayOutputStream();
        int exit;
        try {
            System.setIn(new java.io.ByteArrayInputStream(
                    "{\"id\":\"s1\",\"body\":\"young\"}\nbroken\n".getBytes(StandardCharsets.UTF_8)));
            System.setOut(new java.io.PrintStream(captured, true, StandardCharsets.UTF_8));
            exit = screen();
        } finally {
            System.setIn(stdin);
            System.setOut(stdout);
        }

        assertThat(exit).isEqualTo(1);
        String[] lines = captured.toString(StandardCharsets.UTF_8).split("\n");
        assertThat(lines).hasSize(2);
        assertThat(MAPPER.readTree(lines[0]).path("id").asText()).isEqualTo("s1");
        assertError(MAPPER.readTree(lines[1]), 2, "malformed JSON");
    }

    @Test
    void malformedRulebookStopsTheRunBeforeAnyOutput() throws IOException {
        Path in = write("ads.jsonl", "{\"id\":\"1\"}\n");
        Path rulebook = write("rules.txt", "version: mine\n[X]\ncategory: YOUTH\nweight: lots\n");
        Path out = dir.resolve("out.jsonl");

        int exit = screen("--input", in.toString(), "--output", out.toString(), "--rulebook", rulebook.toString());

        assertThat(exit).isEqualTo(2);
        assertThat(out).doesNotExist();
    }

    private static void assertError(JsonNode node, int line, String message) {
        assertThat(node.path("line").asInt()).isEqualTo(line);
        assertThat(node.path("error").asText()).contains(message);
        assertThat(node.has("id")).isFalse();
    }
}
