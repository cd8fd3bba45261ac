package org.palermo.app.console;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.EnumSet;
import org.palermo.app.security.Accounts;
import org.palermo.app.security.ApiTokens;
import org.palermo.app.security.Role;
import org.palermo.app.security.Scope;

/** A partner system feeding the server under a browser test: ads posted over HTTP with a bearer token. */
final class ConsoleApi {

    private final HttpClient http = HttpClient.newHttpClient();
    private final String base;
    private final String token;

    ConsoleApi(String base, Accounts accounts, ApiTokens tokens, String username) {
        this.base = base;
        var account = accounts.create(username, "partner feed passphrase", Role.PARTNER);
        this.token = tokens.issue(account, "browser test feed", EnumSet.of(Scope.INGEST), Duration.ofDays(1)).secret();
    }

    /** Posts a JSON array of ads to the batch endpoint; the response body. */
    String ingest(String jsonArray) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/ads/batch"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(jsonArray)).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("ingest answered " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }
}
