package org.palermo.app.security;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A minimal browser for tests: follows redirects itself and keeps cookies per host (so two servers on
 * {@code localhost} and {@code 127.0.0.1} never see each other's cookies), as a browser does. It records every
 * {@code Set-Cookie} header it receives.
 */
final class Browser {

    record Page(int status, URI uri, String body, List<URI> redirects) {}

    /** What a browser asks for when it navigates. */
    private static final String NAVIGATION = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";
    /** The hidden CSRF input, whatever the order of its attributes (console login page or Spring's default). */
    private static final Pattern CSRF = Pattern.compile("<input(?=[^>]*name=\"_csrf\")[^>]*value=\"([^\"]+)\"");

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private final Map<String, Map<String, String>> cookies = new HashMap<>();
    private final List<String> setCookies = new ArrayList<>();

    Page get(String uri) throws IOException, InterruptedException {
        return follow(HttpRequest.newBuilder(URI.create(uri)).GET(), URI.create(uri));
    }

    Page postForm(String uri, Map<String, String> form) throws IOException, InterruptedException {
        String body = form.entrySet().stream()
                .map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                .collect(Collectors.joining("&"));
        return follow(HttpRequest.newBuilder(URI.create(uri))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)), URI.create(uri));
    }

    /** Fills in and submits the login form of the page (the console's login page, or any page with the same form). */
    Page submitLogin(Page loginPage, String username, String password) throws IOException, InterruptedException {
        Matcher csrf = CSRF.matcher(loginPage.body());
        if (!csrf.find()) {
            throw new IllegalStateException("no login form at " + loginPage.uri() + ": " + loginPage.body());
        }
        Map<String, String> form = new LinkedHashMap<>();
        form.put("username", username);
        form.put("password", password);
        form.put("_csrf", csrf.group(1));
        return postForm(loginPage.uri().resolve("/login").toString(), form);
    }

    List<String> setCookieHeaders() {
        return setCookies;
    }

    private Page follow(HttpRequest.Builder first, URI uri) throws IOException, InterruptedException {
        List<URI> redirects = new ArrayList<>();
        HttpRequest.Builder request = first;
        URI current = uri;
        for (int hop = 0; hop < 20; hop++) {
            request.header("Accept", NAVIGATION);
            String cookieHeader = cookieHeader(current);
            if (!cookieHeader.isEmpty()) {
                request.header("Cookie", cookieHeader);
            }
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            keepCookies(current, response);
            String location = response.headers().firstValue("Location").orElse(null);
            if (response.statusCode() / 100 != 3 || location == null) {
                return new Page(response.statusCode(), current, response.body(), redirects);
            }
            current = current.resolve(location);
            redirects.add(current);
            request = HttpRequest.newBuilder(current).GET();
        }
        throw new IllegalStateException("more than 20 redirects: " + redirects);
    }

    private String cookieHeader(URI uri) {
        return cookies.getOrDefault(uri.getHost(), Map.of()).entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining("; "));
    }

    private void keepCookies(URI uri, HttpResponse<?> response) {
        for (String header : response.headers().allValues("Set-Cookie")) {
            setCookies.add(header);
            String pair = header.split(";", 2)[0];
            int eq = pair.indexOf('=');
            String name = pair.substring(0, eq).trim();
            String value = pair.substring(eq + 1).trim();
            Map<String, String> jar = cookies.computeIfAbsent(uri.getHost(), h -> new LinkedHashMap<>());
            if (value.isEmpty() || header.toLowerCase().contains("max-age=0")) {
                jar.remove(name);
            } else {
                jar.put(name, value);
            }
        }
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
