package org.palermo.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class RunningTheDemoTest {

    @TempDir
    Path dir;

    @Test
    void demoRunsTheMainJobAndShowsTheRiskiestNetworksWithReasons() throws Exception {
        CommandLine cli = Palermo.commandLine();
        StringWriter out = new StringWriter();
        cli.setOut(new PrintWriter(out));
        int exit = cli.execute("demo", "--dir", dir.toString(), "--ads", "3000", "--top", "2", "--no-serve");
        cli.getOut().flush();

        assertThat(exit).isZero();
        for (String file : new String[] {"ads.jsonl", "truth.jsonl", "screen.jsonl", "links.jsonl", "networks.jsonl"}) {
            assertThat(dir.resolve(file)).isNotEmptyFile();
        }
        assertThat(Files.readAllLines(dir.resolve("screen.jsonl"))).hasSize(3000);
        String shown = out.toString();
        assertThat(shown).contains("$ palermo generate", "$ palermo screen", "$ palermo link",
                "with the highest network risk", "each with its reason");
        assertThat(shown).containsPattern("network n\\d+: \\d+ ads");
        assertThat(shown).containsPattern("link ad-\\d+ - ad-\\d+: (template|identifier) ");
    }
}
