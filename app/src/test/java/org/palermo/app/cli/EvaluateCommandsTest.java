package org.palermo.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvaluateCommandsTest {

    @TempDir
    Path dir;

    private Path write(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content);
    }

    private Path truth() throws IOException {
        return write("truth.jsonl", """
                {"id":"1","actor":"a1","kind":"controlled","network":"n1","victim":"v1","minor":true,"template":"t1","identifiers":[{"type":"phone","value":"+14155550123","obfuscated":true,"hub":false}]}
                {"id":"2","actor":"a1","kind":"controlled","network":"n1","victim":"v2","minor":false,"template":"t1","identifiers":[]}
                {"id":"3","actor":"a2","kind":"independent","network":"n2","victim":"w3","minor":false,"template":"t2","identifiers":[]}
                {"id":"4","actor":"a3","kind":"agency","network":"n3","victim":null,"minor":false,"template":"t3","identifiers":[]}
                """);
    }

    @Test
    void screenEvaluationPassesGatesItMeetsAndWritesJson() throws IOException {
        Path predictions = write("screen.jsonl", """
                {"id":"1","risk":0.9,"band":"high","categories":["YOUTH"],"indicators":[{"code":"Y1","category":"YOUTH"}],"identifiers":[{"type":"phone","value":"+14155550123","obfuscated":true}]}
                {"id":"2","risk":0.7,"band":"high","indicators":[],"identifiers":[]}
                {"line":3,"error":"malformed JSON"}
                {"id":"4","risk":0.1,"band":"low","indicators":[],"identifiers":[]}
                """);
        Path json = dir.resolve("report.json");
        int exit = Palermo.commandLine().execute("evaluate", "screen", "--truth", truth().toString(),
                "--predictions", predictions.toString(), "--json", json.toString(),
                "--min-auc", "0.9", "--min-youth-recall", "1.0", "--max-independent-fpr", "0");
        assertThat(exit).isZero();
        JsonNode report = JsonFiles.MAPPER.readTree(json.toFile());
        assertThat(report.get("missing_predictions").asInt()).isEqualTo(1);
        assertThat(report.get("auc").asDouble()).isEqualTo(1.0);
        assertThat(report.at("/youth_recall/value").asDouble()).isEqualTo(1.0);
        assertThat(report.at("/obfuscated_identifier_recall/value").asDouble()).isEqualTo(1.0);
    }

    @Test
    void screenEvaluationFailsAGateItMisses() throws IOException {
        Path predictions = write("screen.jsonl", """
                {"id":"1","risk":0.1,"band":"low","indicators":[],"identifiers":[]}
                {"id":"2","risk":0.1,"band":"low","indicators":[],"identifiers":[]}
                {"id":"3","risk":0.9,"band":"high","indicators":[],"identifiers":[]}
                {"id":"4","risk":0.1,"band":"low","indicators":[],"identifiers":[]}
                """);
        int exit = Palermo.commandLine().execute("evaluate", "screen", "--truth", truth().toString(),
                "--predictions", predictions.toString(), "--max-independent-fpr", "0.05");
        assertThat(exit).isEqualTo(1);
    }

    @Test
    void linkEvaluationScoresPairsAgainstTruth() throws IOException {
        Path links = write("links.jsonl", """
                {"id":"1","template":"T1","network":"N1"}
                {"id":"2","template":"T1","network":"N1"}
                {"id":"3","template":"T2","network":"N2"}
                {"id":"4","template":"T3","network":"N2"}
                """);
        Path json = dir.resolve("link.json");
        int exit = Palermo.commandLine().execute("evaluate", "link", "--truth", truth().toString(),
                "--links", links.toString(), "--json", json.toString(), "--min-network-f1", "0.9");
        // network pairs: truth {1,2}; predicted {1,2},{3,4} -> precision 1/2, recall 1, F1 2/3 < 0.9
        assertThat(exit).isEqualTo(1);
        JsonNode report = JsonFiles.MAPPER.readTree(json.toFile());
        assertThat(report.at("/networks/pairwise_precision").asDouble()).isEqualTo(0.5);
        assertThat(report.at("/networks/pairwise_recall").asDouble()).isEqualTo(1.0);
        assertThat(report.at("/templates/pairwise_f1").asDouble()).isEqualTo(1.0);
    }
}
