package org.palermo.app.networks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.palermo.app.server.Callers.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.palermo.app.security.Role;
import org.palermo.app.server.ServerTest;
import org.palermo.core.linking.LinkIndexFile;
import org.palermo.core.linking.LinkSettings;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A restart loads the link index checkpoint and links only the ads stored after it, with exactly the template and
 * network ids of a full rebuild; a damaged, foreign or missing checkpoint falls back to the full rebuild.
 */
class RestartingFromALinkCheckpointIT extends ServerTest {

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired JdbcTemplate template;
    @Autowired ObjectMapper mapper;
    @Autowired TransactionTemplate transactions;

    @TempDir Path dir;

    private final String source = "checkpoint-" + UUID.randomUUID();

    private String ad(String id, String... phones) {
        StringBuilder body = new StringBuilder(LinkingAdsOnIngestIT.text());
        for (String p : phones) {
            body.append(" call phone:").append(p);
        }
        return """
                {"source": "%s", "id": "%s", "title": "Ad %s", "body": "%s", "city": "Leeds",
                 "posted_at": "2026-04-01T10:00:00Z"}""".formatted(source, id, id, body);
    }

    private void ingest(String... ads) throws Exception {
        mvc.perform(post("/api/v1/ads/batch").with(as(Role.PARTNER)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("[" + String.join(",", ads) + "]"))
                .andExpect(status().isOk());
    }

    private ServerLinking server(LinkCheckpoint checkpoint) {
        ServerLinking linking = new ServerLinking(new LinksJdbcRepository(jdbc, template, mapper), transactions,
                Clock.systemUTC(), LinkSettings.defaults(), checkpoint);
        linking.start();
        return linking;
    }

    private Map<Long, String> stored() {
        Map<Long, String> out = new HashMap<>();
        jdbc.sql("SELECT ad_id, template_id, network_id FROM ad_links").query(rs -> {
            out.put(rs.getLong("ad_id"), rs.getString("template_id") + " " + rs.getString("network_id"));
        });
        return out;
    }

    @Test
    void aRestartLoadsTheCheckpointLinksOnlyLaterAdsAndGivesTheIdsOfAFullRebuild() throws Exception {
        String a = LinkingAdsOnIngestIT.phone();
        String b = LinkingAdsOnIngestIT.phone();
        ingest(ad("c1", a), ad("c2", a), ad("c3", b));
        ServerLinking first = server(new LinkCheckpoint(dir, 1));
        assertThat(first.lastStart().fromCheckpoint()).isFalse();
        assertThat(Files.exists(dir.resolve(LinkIndexFile.FILE_NAME))).isTrue();
        int held = first.linksInMemory().size();
        // after the checkpoint: an ad that joins the two networks of checkpointed ads (a merge) and a new one
        ingest(ad("c4", a, b), ad("c5", LinkingAdsOnIngestIT.phone()));
        Map<Long, String> before = stored();

        ServerLinking resumed = server(new LinkCheckpoint(dir, 1));
        ServerLinking rebuilt = server(null);

        assertThat(resumed.lastStart()).extracting(ServerLinking.Start::fromCheckpoint, ServerLinking.Start::loaded,
                ServerLinking.Start::linked).containsExactly(true, held, 2);
        assertThat(rebuilt.lastStart().fromCheckpoint()).isFalse();
        assertThat(resumed.linksInMemory()).isEqualTo(rebuilt.linksInMemory()).isEqualTo(before);
        assertThat(stored()).isEqualTo(before);
        String merged = before.get(idOf("c4")).split(" ")[1];
        assertThat(resumed.describe(merged).orElseThrow().summary().ads())
                .isEqualTo(rebuilt.describe(merged).orElseThrow().summary().ads())
                .hasSize(4);
    }

    @Test
    void anAdCommittedButNeverLinkedAfterTheCheckpointIsLinkedOnRestart() throws Exception {
        String shared = LinkingAdsOnIngestIT.phone();
        ingest(ad("g1", shared));
        server(new LinkCheckpoint(dir, 1));
        ingest(ad("g2", shared));
        ingest(ad("g3", shared));
        Map<Long, String> before = stored();
        // a crash between the ingest commit of g3 and storing its links
        jdbc.sql("DELETE FROM ad_links WHERE ad_id = :id").param("id", idOf("g3")).update();

        ServerLinking resumed = server(new LinkCheckpoint(dir, 1));

        assertThat(resumed.lastStart()).extracting(ServerLinking.Start::fromCheckpoint, ServerLinking.Start::linked)
                .containsExactly(true, 2);
        assertThat(stored()).isEqualTo(before);
        assertThat(resumed.linksInMemory()).isEqualTo(server(null).linksInMemory()).isEqualTo(before);
    }

    @Test
    void singleAdsIngestedConcurrentlyAreLinkedWithTheIdsOfAFullRebuild() throws Exception {
        String[] phones = {LinkingAdsOnIngestIT.phone(), LinkingAdsOnIngestIT.phone(), LinkingAdsOnIngestIT.phone()};
        java.util.concurrent.ExecutorService clients = java.util.concurrent.Executors.newFixedThreadPool(6);
        try {
            List<java.util.concurrent.Future<?>> sent = new java.util.ArrayList<>();
            for (int i = 0; i < 60; i++) {
                String ad = i % 7 == 0 ? ad("p" + i, phones[i % 3], phones[(i + 1) % 3]) : ad("p" + i, phones[i % 3]);
                sent.add(clients.submit(() -> {
                    ingest(ad);
                    return null;
                }));
            }
            for (java.util.concurrent.Future<?> f : sent) {
                f.get();
            }
        } finally {
            clients.shutdown();
        }
        Map<Long, String> stored = stored();

        assertThat(server(null).linksInMemory()).isEqualTo(stored);
    }

    @Test
    void aDamagedCheckpointFallsBackToTheFullRebuild() throws Exception {
        ingest(ad("d1", LinkingAdsOnIngestIT.phone()));
        server(new LinkCheckpoint(dir, 1));
        Path file = dir.resolve(LinkIndexFile.FILE_NAME);
        byte[] bytes = Files.readAllBytes(file);
        Files.write(file, java.util.Arrays.copyOf(bytes, bytes.length / 2));
        Map<Long, String> before = stored();

        ServerLinking restarted = server(new LinkCheckpoint(dir, 1));

        assertThat(restarted.lastStart().fromCheckpoint()).isFalse();
        assertThat(restarted.linksInMemory()).isEqualTo(before);
        assertThat(server(new LinkCheckpoint(dir, 1)).lastStart().fromCheckpoint())
                .as("the rebuild wrote a good checkpoint again").isTrue();
    }

    @Test
    void aCheckpointOfAnotherFormatOrAnotherDatabaseIsNotUsed() throws Exception {
        ingest(ad("f1", LinkingAdsOnIngestIT.phone()));
        server(new LinkCheckpoint(dir, 1));
        Path marker = dir.resolve(LinkCheckpoint.MARKER);
        String text = Files.readString(marker);
        Files.writeString(marker, text.replace(LinkCheckpoint.FORMAT, "palermo-server-link-checkpoint/0"));

        assertThat(server(new LinkCheckpoint(dir, 1)).lastStart().fromCheckpoint()).isFalse();

        // a checkpoint that holds more ads than this database has linked (another database, or a restored backup)
        ingest(ad("f2", LinkingAdsOnIngestIT.phone()));
        server(new LinkCheckpoint(dir, 1));
        jdbc.sql("UPDATE ad_links SET link_seq = NULL WHERE ad_id = :id").param("id", idOf("f2")).update();
        Map<Long, String> before = stored();
        ServerLinking restarted = server(new LinkCheckpoint(dir, 1));
        assertThat(restarted.lastStart().fromCheckpoint()).isFalse();
        assertThat(restarted.linksInMemory()).isEqualTo(before);
    }

    @Test
    void noCheckpointMeansAFullRebuild() {
        assertThat(server(new LinkCheckpoint(dir.resolve("none"), 5)).lastStart().fromCheckpoint()).isFalse();
    }

    private long idOf(String externalId) {
        return jdbc.sql("SELECT id FROM ads WHERE source = :s AND external_id = :e").param("s", source)
                .param("e", externalId).query(Long.class).single();
    }
}
