package org.palermo.app.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Predicate;

/**
 * The system's headless Chromium, driven through {@code /usr/bin/chromedriver}'s W3C WebDriver HTTP API (no client
 * library needed): a real browser with real cookie rules, {@code SameSite} included.
 */
final class HeadlessChromium implements AutoCloseable {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    private final ObjectMapper json = new ObjectMapper();
    private final HttpClient http = HttpClient.newHttpClient();
    private final Process driver;
    private final String base;
    private final Path profile;
    private String session;

    static boolean available() {
        return Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    }

    HeadlessChromium() throws IOException, InterruptedException {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        driver = new ProcessBuilder(CHROMEDRIVER.toString(), "--port=" + port).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        base = "http://127.0.0.1:" + port;
        profile = Files.createTempDirectory("palermo-chromium");
        waitUntilReady();
        ObjectNode options = json.createObjectNode().put("binary", CHROMIUM.toString());
        options.putArray("args").add("--headless=new").add("--no-sandbox").add("--disable-gpu")
                .add("--disable-dev-shm-usage").add("--user-data-dir=" + profile);
        ObjectNode capabilities = json.createObjectNode();
        capabilities.putObject("capabilities").putObject("alwaysMatch").set("goog:chromeOptions", options);
        session = call("POST", "/session", capabilities).path("sessionId").asText();
    }

    void open(String url) throws IOException, InterruptedException {
        call("POST", "/session/" + session + "/url", json.createObjectNode().put("url", url));
    }

    String url() throws IOException, InterruptedException {
        return call("GET", "/session/" + session + "/url", null).asText();
    }

    /** Waits up to 20 s for the current URL to satisfy the condition, and returns it. */
    String awaitUrl(Predicate<String> condition) throws IOException, InterruptedException {
        Instant end = Instant.now().plusSeconds(20);
        String url = url();
        while (!condition.test(url) && Instant.now().isBefore(end)) {
            Thread.sleep(100);
            url = url();
        }
        return url;
    }

    void type(String cssSelector, String text) throws IOException, InterruptedException {
        call("POST", "/session/" + session + "/element/" + element(cssSelector) + "/value",
                json.createObjectNode().put("text", text));
    }

    void click(String cssSelector) throws IOException, InterruptedException {
        call("POST", "/session/" + session + "/element/" + element(cssSelector) + "/click", json.createObjectNode());
    }

    String text(String cssSelector) throws IOException, InterruptedException {
        return call("GET", "/session/" + session + "/element/" + element(cssSelector) + "/text", null).asText();
    }

    /** The browser's cookies for the current page: name and SameSite. */
    List<String> cookies() throws IOException, InterruptedException {
        JsonNode cookies = call("GET", "/session/" + session + "/cookie", null);
        return java.util.stream.StreamSupport.stream(cookies.spliterator(), false)
                .map(c -> c.path("name").asText() + " " + c.path("sameSite").asText()).toList();
    }

    private String element(String cssSelector) throws IOException, InterruptedException {
        JsonNode found = call("POST", "/session/" + session + "/element",
                json.createObjectNode().put("using", "css selector").put("value", cssSelector));
        return found.elements().next().asText();
    }

    private JsonNode call(String method, String path, JsonNode body) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json");
        request.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body)));
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        JsonNode value = json.readTree(response.body()).path("value");
        if (response.statusCode() != 200) {
            throw new IllegalStateException("WebDriver " + method + " " + path + ": " + response.statusCode() + " "
                    + value.path("message").asText());
        }
        return value;
    }

    private void waitUntilReady() throws InterruptedException {
        Instant end = Instant.now().plusSeconds(20);
        while (Instant.now().isBefore(end)) {
            try {
                if (http.send(HttpRequest.newBuilder(URI.create(base + "/status")).build(),
                        HttpResponse.BodyHandlers.ofString()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // chromedriver is still starting
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("chromedriver did not start");
    }

    @Override
    public void close() throws IOException, InterruptedException {
        try {
            if (session != null) {
                call("DELETE", "/session/" + session, null);
            }
        } finally {
            driver.destroy();
            driver.waitFor();
            org.springframework.util.FileSystemUtils.deleteRecursively(profile);
        }
    }
}
