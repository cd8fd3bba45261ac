package org.palermo.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class EvaluatingPhonesAgainstGroundTruthTest {

    private static final String GROUND_TRUTH = """
            {"jsonlines": [
              {"url": "http://chicago.example.com/ad/1", "title": "Sweet companion", "body": "call 415-867-5309 $200 hh",
               "url_ext_gt": [], "text_ext_gt": ["4158675309"], "int_ext_gt": ["+14158675309"]},
              {"url": "http://london.example.com/ad/2", "title": "Massage", "body": "ring 07911 123456 anytime",
               "url_ext_gt": [], "text_ext_gt": ["7911123456"], "int_ext_gt": ["+447911123456"]},
              {"url": "http://example.com/ad/3", "title": "New", "body": "text four one five 867 five three oh nine",
               "url_ext_gt": [], "text_ext_gt": ["4158675309"], "int_ext_gt": ["+14158675309"]},
              {"url": "http://example.com/ad/4", "title": "Hi", "body": "number is in the pictures",
               "url_ext_gt": [], "text_ext_gt": ["7024812290"], "int_ext_gt": ["+17024812290"]}
            ]}
            """;

    @TempDir
    Path dir;

    @Test
    void printsAggregatePrecisionAndRecallAndPassesAReachableGate() throws IOException {
        Path truth = write();
        Path json = dir.resolve("phones.json");
        Run run = run("evaluate", "phones", "--groundtruth", truth.toString(), "--min-precision", "0.95",
                "--min-recall", "0.7", "--json", json.toString());
        assertThat(run.exitCode).isZero();
        assertThat(run.out).contains("precision 1.0000  recall 0.7500");
        assertThat(run.out).doesNotContain("415-867").doesNotContain("Sweet");
        assertThat(Files.readString(json)).contains("\"recall\" : 0.75").contains("\"passed\" : true");
    }

    @Test
    void exitsNonZeroBelowTheGate() throws IOException {
        Run run = run("evaluate", "phones", "--groundtruth", write().toString(), "--min-recall", "0.9");
        assertThat(run.exitCode).isEqualTo(1);
        assertThat(run.err).contains("below the gate");
    }

    private Path write() throws IOException {
        Path truth = dir.resolve("groundtruth.json");
        Files.writeString(truth, GROUND_TRUTH);
        return truth;
    }

    private record Run(int exitCode, String out, String err) {
    }

    private static Run run(String... args) {
        CommandLine cli = Palermo.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        int code = cli.execute(args);
        return new Run(code, out.toString(), err.toString());
    }
}
