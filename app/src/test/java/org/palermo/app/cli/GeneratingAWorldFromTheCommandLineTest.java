package org.palermo.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.palermo.app.io.AdJson;
import picocli.CommandLine;

class GeneratingAWorldFromTheCommandLineTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path temp;

    @Test
    void writesTheFourFilesAndASummary() throws IOException {
        Path out = temp.resolve("world");
        String printed = run("generate", "--out", out.toString(), "--ads", "2000", "--tips", "50", "--people", "40");
        assertThat(lines(out.resolve("ads.jsonl"))).hasSize(2000);
        assertThat(lines(out.resolve("truth.jsonl"))).hasSize(2000);
        assertThat(lines(out.resolve("tips.jsonl"))).hasSize(50);
        assertThat(lines(out.resolve("people.jsonl"))).hasSize(40);
        assertThat(printed).contains("2,000", "independent", "agency", "controlled", "networks", "minors",
                "obfuscated");
    }

    @Test
    void adsFollowTheInputContractAndTruthHasTheAgreedFields() throws IOException {
        Path out = temp.resolve("world");
        run("generate", "--out", out.toString(), "--ads", "500");
        AdJson adJson = new AdJson(JSON);
        for (String line : lines(out.resolve("ads.jsonl"))) {
            AdJson.Parsed parsed = adJson.parse(line);
            assertThat(parsed.errors()).isEmpty();
            assertThat(parsed.ad().postedAt()).isNotNull();
            assertThat(fieldNames(JSON.readTree(line))).containsExactly("id", "title", "body", "posted_at", "city",
                    "region", "country", "site", "url", "price", "images");
        }
        for (String line : lines(out.resolve("truth.jsonl"))) {
            JsonNode truth = JSON.readTree(line);
            assertThat(fieldNames(truth)).containsExactly("id", "actor", "kind", "network", "victim", "minor",
                    "template", "identifiers");
            assertThat(truth.get("kind").asText()).isIn("independent", "agency", "controlled");
            for (JsonNode id : truth.get("identifiers")) {
                assertThat(fieldNames(id)).containsExactly("type", "value", "obfuscated", "hub");
                assertThat(id.get("type").asText()).isIn("phone", "email", "url", "handle", "payment");
            }
        }
    }

    @Test
    void theSameSeedWritesByteIdenticalFilesAndAnotherSeedDoesNot() throws IOException {
        run("generate", "--out", temp.resolve("a").toString(), "--ads", "1500", "--seed", "5");
        run("generate", "--out", temp.resolve("b").toString(), "--ads", "1500", "--seed", "5");
        run("generate", "--out", temp.resolve("c").toString(), "--ads", "1500", "--seed", "6");
        for (String file : List.of("ads.jsonl", "truth.jsonl", "tips.jsonl", "people.jsonl")) {
            byte[] a = Files.readAllBytes(temp.resolve("a").resolve(file));
            assertThat(Files.readAllBytes(temp.resolve("b").resolve(file))).as(file).isEqualTo(a);
            assertThat(Files.readAllBytes(temp.resolve("c").resolve(file))).as(file).isNotEqualTo(a);
        }
    }

    @Test
    void rejectsABadMixWithAReason() {
        StringWriter err = new StringWriter();
        CommandLine cli = Palermo.commandLine();
        cli.setErr(new PrintWriter(err));
        cli.setOut(new PrintWriter(new StringWriter()));
        int code = cli.execute("generate", "--out", temp.resolve("x").toString(), "--mix", "0.5,0.5,0.5");
        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("actor mix must sum to 1, was 1.5");
    }

    private static String run(String... args) {
        StringWriter out = new StringWriter();
        CommandLine cli = Palermo.commandLine();
        cli.setOut(new PrintWriter(out));
        int code = cli.execute(args);
        assertThat(code).as(out.toString()).isZero();
        return out.toString();
    }

    private static List<String> lines(Path file) throws IOException {
        return Files.readAllLines(file, StandardCharsets.UTF_8);
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            names.add(it.next());
        }
        return names;
    }
}
