package org.palermo.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.palermo.core.screening.Calibration;

class CalibratingOnOwnLabelsTest {

    @TempDir
    Path dir;

    @Test
    void refitsTheCalibrationAndScreenShowsItsVersion() throws IOException {
        StringBuilder labelled = new StringBuilder();
        for (int i = 0; i < 400; i++) {
            boolean positive = i % 2 == 0;
            boolean noisy = i % 10 == 0;
            String body = positive != noisy ? "Young Asian, 100% real" : "Massage by appointment";
            String label = i % 4 == 0 ? "1" : i % 4 == 1 ? "\"not\"" : i % 4 == 2 ? "\"trafficking\"" : "0";
            labelled.append("{\"id\":\"l").append(i).append("\",\"body\":\"").append(body)
                    .append("\",\"label\":").append(label).append("}\n");
        }
        labelled.append("{\"id\":\"unlabelled\",\"body\":\"x\"}\n");
        Path labels = Files.writeString(dir.resolve("labels.jsonl"), labelled);
        Path calibration = dir.resolve("mine.properties");

        int exit = Palermo.commandLine().execute("calibrate", "--labels", labels.toString(), "--output",
                calibration.toString(), "--version", "ngo-2026-11");

        assertThat(exit).isZero();
        Calibration fitted = Calibration.parse("mine", Files.readString(calibration));
        assertThat(fitted.version()).isEqualTo("ngo-2026-11");
        assertThat(fitted.slope()).isPositive();
        // all ads with evidence (score 4) are positive; 40 of the 240 ads without evidence are
        assertThat(fitted.probability(4.0)).isGreaterThan(0.9);
        assertThat(fitted.probability(0.0)).isCloseTo(40 / 240.0, org.assertj.core.data.Offset.offset(0.06));
        assertThat(fitted.rulebookVersion()).startsWith("rulebook-v2");

        Path ads = Files.writeString(dir.resolve("ads.jsonl"), "{\"id\":\"x\",\"body\":\"young\"}\n");
        Path out = dir.resolve("out.jsonl");
        Palermo.commandLine().execute("screen", "--input", ads.toString(), "--output", out.toString(),
                "--calibration", calibration.toString());
        assertThat(Files.readString(out)).contains("\"calibration\":\"ngo-2026-11\"");
    }
}
