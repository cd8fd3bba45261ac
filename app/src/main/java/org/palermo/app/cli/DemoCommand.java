package org.palermo.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code palermo demo}: the main job end to end on a synthetic market. It runs the same commands a user would
 * (generate, screen, link, evaluate), in this process, and shows the riskiest networks with their reasons.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"Run the main job on a synthetic market: generate a world, screen every ad, link ads into "
                + "networks, score both against the world's truth, and show the riskiest networks with the "
                + "reasons that joined them. Then start the server on a fresh embedded database, ingest the "
                + "world through the API, and print the console's address and the demo logins (--no-serve to "
                + "stop after the files).",
            "Files stay in --dir for a closer look (ads.jsonl, screen.jsonl, links.jsonl, networks.jsonl, ...)."})
final class DemoCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--dir", description = "where to write the demo's files (default: ${DEFAULT-VALUE})")
    Path dir = Path.of("data", "demo");

    @Option(names = "--ads", description = "ads in the synthetic world (default: ${DEFAULT-VALUE})")
    int ads = 20_000;

    @Option(names = "--seed", description = "seed of the synthetic world (default: ${DEFAULT-VALUE})")
    long seed = 2026;

    @Option(names = "--top", description = "networks to show (default: ${DEFAULT-VALUE})")
    int top = 5;

    @Option(names = "--serve", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "start the server with the demo data and demo logins afterwards (default: ${DEFAULT-VALUE})")
    boolean serve;

    @Option(names = "--port", defaultValue = "8080", description = "the server's HTTP port (default: ${DEFAULT-VALUE})")
    int port;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        Files.createDirectories(dir);
        String d = dir.toString();
        List<String[]> steps = List.of(
                new String[] {"generate", "--out", d, "--ads", Integer.toString(ads), "--seed", Long.toString(seed)},
                new String[] {"screen", "--input", file("ads.jsonl"), "--output", file("screen.jsonl")},
                new String[] {"link", "--input", file("ads.jsonl"), "--output", file("links.jsonl"),
                    "--networks", file("networks.jsonl"), "--screen", file("screen.jsonl")},
                new String[] {"evaluate", "screen", "--truth", file("truth.jsonl"),
                    "--predictions", file("screen.jsonl")},
                new String[] {"evaluate", "link", "--truth", file("truth.jsonl"), "--links", file("links.jsonl")});
        for (String[] step : steps) {
            out.println();
            out.println("$ palermo " + String.join(" ", step));
            out.flush();
            int exit = Palermo.commandLine().execute(step);
            if (exit != 0) {
                spec.commandLine().getErr().println("demo: step failed with exit code " + exit);
                return exit;
            }
        }
        showTopNetworks(out);
        out.println();
        out.println("Indicators flag, they never determine: a person reviews every network before anything happens.");
        if (!serve) {
            out.println("Next: ./palermo serve  (the server; docs/server.md), and the files in " + d + ".");
            return 0;
        }
        return serve(out);
    }

    private int serve(PrintWriter out) throws IOException {
        out.println();
        out.println("Starting the server on a fresh demo database in " + dir.resolve("server") + " ...");
        out.flush();
        DemoServer.Running running;
        try {
            running = new DemoServer().start(dir, port, out);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 1;
        }
        out.println();
        out.printf(Locale.ROOT, "Palermo is running: %s  (%,d ads, %,d tips)%n", running.url(), running.ads(),
                running.tips());
        out.println("Demo logins (synthetic data only; new passwords on every demo run):");
        for (DemoServer.Login login : running.logins()) {
            out.printf(Locale.ROOT, "  %-11s %-22s role %s%n", login.username(), login.password(), login.role());
        }
        out.println("Start with 'analyst'. Ctrl-C stops the server.");
        out.flush();
        try {
            ServeCommand.awaitClose(running.context());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running.context().close();
        }
        return 0;
    }

    private String file(String name) {
        return dir.resolve(name).toString();
    }

    /** Up to {@code most} edges, one of each reason first, so a reader sees what kinds of link joined the network. */
    private static List<JsonNode> sampleOfEachReason(JsonNode edges, int most) {
        List<JsonNode> shown = new ArrayList<>();
        java.util.Set<String> reasons = new java.util.HashSet<>();
        for (JsonNode e : edges) {
            if (shown.size() < most && reasons.add(e.path("reason").asText())) {
                shown.add(e);
            }
        }
        for (JsonNode e : edges) {
            if (shown.size() < most && !shown.contains(e)) {
                shown.add(e);
            }
        }
        return shown;
    }

    private void showTopNetworks(PrintWriter out) throws IOException {
        List<JsonNode> networks = new ArrayList<>();
        JsonFiles.forEachObject(dir.resolve("networks.jsonl"), networks::add);
        networks.sort(Comparator.comparingDouble((JsonNode n) -> n.at("/risk/score").asDouble()).reversed());
        out.println();
        out.printf(Locale.ROOT, "%d networks; the %d with the highest network risk:%n", networks.size(),
                Math.min(top, networks.size()));
        for (JsonNode n : networks.subList(0, Math.min(top, networks.size()))) {
            out.printf(Locale.ROOT, "%n  network %s: %d ads, %d cities, risk score %.2f%n", n.path("id").asText(),
                    n.path("size").asInt(), n.at("/features/cities").asInt(), n.at("/risk/score").asDouble());
            for (JsonNode factor : n.at("/risk/factors")) {
                if (factor.path("contribution").asDouble() > 0) {
                    out.printf(Locale.ROOT, "    + %.2f %s%n", factor.path("contribution").asDouble(),
                            factor.path("explanation").asText());
                }
            }
            JsonNode edges = n.path("edges");
            List<JsonNode> shown = sampleOfEachReason(edges, 3);
            for (JsonNode e : shown) {
                out.printf(Locale.ROOT, "    link %s - %s: %s %s%n", e.path("from").asText(), e.path("to").asText(),
                        e.path("reason").asText(), e.path("value").asText());
            }
            if (edges.size() > shown.size()) {
                out.printf(Locale.ROOT, "    ... %d more links, each with its reason, in networks.jsonl%n",
                        edges.size() - shown.size());
            }
        }
    }
}
