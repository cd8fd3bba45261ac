package org.palermo.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LinkCommandEndToEndTest {

    private static final String ANNA = "{\"id\":\"a1\",\"body\":\"Hi I'm Anna, 23. Sweet friendly companionship "
            + "downtown, quiet private place, book ahead please. Call 415-555-0123\",\"city\":\"Riverton\","
            + "\"posted_at\":\"2026-01-02T10:00:00Z\",\"price\":120}";
    private static final String BELLA = "{\"id\":\"a2\",\"body\":\"Hi I'm Bella, 25. Sweet friendly companionship "
            + "downtown, calm private place, book ahead please. Call 415-555-0199\",\"city\":\"Oakdale\","
            + "\"posted_at\":\"2026-01-05T10:00:00Z\",\"price\":100}";
    private static final String STUDIO = "{\"id\":\"a3\",\"body\":\"Relaxing massage studio open evenings, parking "
            + "at the back, text 415-555-0199\",\"city\":\"Riverton\",\"posted_at\":\"2026-01-07T10:00:00Z\"}";

    @TempDir
    Path dir;

    private List<JsonNode> lines(Path file) throws IOException {
        List<JsonNode> out = new ArrayList<>();
        for (String line : Files.readAllLines(file)) {
            out.add(JsonFiles.MAPPER.readTree(line));
        }
        return out;
    }

    private int link(Path input, String... more) {
        List<String> args = new ArrayList<>(List.of("link", "--input", input.toString(),
                "--output", dir.resolve("links.jsonl").toString(), "--networks", dir.resolve("networks.jsonl").toString()));
        args.addAll(List.of(more));
        return Palermo.commandLine().execute(args.toArray(String[]::new));
    }

    @Test
    void linksByTemplateAndPhoneAndExplainsEveryEdge() throws IOException {
        Path input = Files.writeString(dir.resolve("ads.jsonl"), ANNA + "\n" + BELLA + "\n" + STUDIO + "\n");

        assertThat(link(input)).isZero();

        List<JsonNode> links = lines(dir.resolve("links.jsonl"));
        assertThat(links).extracting(n -> n.get("network").asText()).containsOnly("n0");
        assertThat(links.get(0).get("template").asText()).isEqualTo(links.get(1).get("template").asText());
        JsonNode network = lines(dir.resolve("networks.jsonl")).get(0);
        assertThat(network.get("size").asInt()).isEqualTo(3);
        assertThat(network.get("edges")).hasSize(2);
        assertThat(network.get("edges").findValuesAsText("reason")).containsExactlyInAnyOrder("template", "identifier");
        assertThat(network.get("edges").findValuesAsText("value")).contains("phone:+14155550199");
        assertThat(network.get("cities")).hasSize(2);
        assertThat(network.at("/risk/score").isNumber()).isTrue();
    }

    @Test
    void badLinesAreReportedInPlaceAndTheExitCodeIsOne() throws IOException {
        byte[] badUtf8 = "{\"id\":\"a9\",\"body\":\"x \u00ff\"}\n".getBytes(StandardCharsets.ISO_8859_1);
        Path input = dir.resolve("ads.jsonl");
        Files.writeString(input, ANNA + "\nnot json\n" + ANNA + "\n{\"body\":\"no id\"}\n");
        Files.write(input, badUtf8, java.nio.file.StandardOpenOption.APPEND);

        assertThat(link(input)).isEqualTo(1);

        List<JsonNode> links = lines(dir.resolve("links.jsonl"));
        assertThat(links).hasSize(5);
        assertThat(links.get(0).get("id").asText()).isEqualTo("a1");
        assertThat(links.subList(1, 5)).extracting(n -> n.get("line").asInt()).containsExactly(2, 3, 4, 5);
        assertThat(links.get(1).get("error").asText()).startsWith("malformed JSON");
        assertThat(links.get(2).get("error").asText()).contains("duplicate id 'a1'");
        assertThat(links.get(3).get("error").asText()).contains("missing required field 'id'");
        assertThat(links.get(4).get("error").asText()).contains("UTF-8");
    }

    @Test
    void aSecondBatchJoinsTheFirstBatchsNetworkThroughTheState() throws IOException {
        Path state = dir.resolve("state");
        assertThat(link(Files.writeString(dir.resolve("one.jsonl"), ANNA + "\n" + STUDIO + "\n"),
                "--state", state.toString())).isZero();
        assertThat(lines(dir.resolve("links.jsonl"))).extracting(n -> n.get("network").asText())
                .containsExactly("n0", "n1");

        assertThat(link(Files.writeString(dir.resolve("two.jsonl"), BELLA + "\n"), "--state", state.toString()))
                .isZero();

        assertThat(lines(dir.resolve("links.jsonl")).get(0).get("network").asText()).isEqualTo("n0");
        JsonNode network = lines(dir.resolve("networks.jsonl")).get(0);
        assertThat(network.get("size").asInt()).isEqualTo(3);
        assertThat(network.get("absorbed").get(0).asText()).isEqualTo("n1");
    }

    @Test
    void anIdAlreadyInTheStateIsReportedWhileTheRestOfTheBatchIsLinked() throws IOException {
        Path state = dir.resolve("state");
        assertThat(link(Files.writeString(dir.resolve("one.jsonl"), ANNA + "\n"), "--state", state.toString()))
                .isZero();

        int exit = link(Files.writeString(dir.resolve("two.jsonl"), BELLA + "\n" + ANNA + "\n" + STUDIO + "\n"),
                "--state", state.toString());

        List<JsonNode> out = lines(dir.resolve("links.jsonl"));
        assertThat(exit).isEqualTo(1);
        assertThat(out.get(0).get("network").asText()).isEqualTo("n0");
        assertThat(out.get(1).get("error").asText()).contains("duplicate id 'a1'");
        assertThat(out.get(2).get("id").asText()).isEqualTo("a3");
    }

    @Test
    void aCompactedStateGivesTheSameNetworksAsAnAppendedOne() throws IOException {
        Path appended = dir.resolve("appended");
        Path compacted = dir.resolve("compacted");
        Path one = Files.writeString(dir.resolve("one.jsonl"), ANNA + "\n" + STUDIO + "\n");
        Path two = Files.writeString(dir.resolve("two.jsonl"), BELLA + "\n");
        link(one, "--state", appended.toString());
        link(two, "--state", appended.toString());
        String viaSegment = Files.readString(dir.resolve("networks.jsonl"));
        link(one, "--state", compacted.toString());
        link(two, "--state", compacted.toString(), "--compact");

        assertThat(Files.readString(dir.resolve("networks.jsonl"))).isEqualTo(viaSegment);
        try (var files = Files.list(compacted)) {
            assertThat(files.map(f -> f.getFileName().toString())).containsExactly("link-index.bin");
        }
    }

    @Test
    void aStateOfAnotherFormatVersionIsRefusedWithAnExplanation() throws IOException {
        Path state = Files.createDirectories(dir.resolve("state"));
        Files.write(state.resolve("link-index.bin"), new byte[] {'P', 'L', 'L', 'K', 0, 0, 0, 2});
        java.io.StringWriter err = new java.io.StringWriter();
        picocli.CommandLine cli = Palermo.commandLine();
        cli.setErr(new java.io.PrintWriter(err));

        int exit = cli.execute("link", "--input", Files.writeString(dir.resolve("one.jsonl"), ANNA + "\n").toString(),
                "--output", dir.resolve("links.jsonl").toString(), "--state", state.toString());

        assertThat(exit).isNotZero();
        assertThat(err.toString()).contains("format version 2").contains("relink");
    }
}
