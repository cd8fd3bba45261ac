package org.palermo.app.tips;

import io.swagger.v3.oas.annotations.Operation;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.palermo.app.audit.AuditLog;
import org.palermo.app.audit.Reasons;
import org.palermo.app.security.Access;
import org.palermo.app.security.Actor;
import org.palermo.app.web.InvalidRequestException;
import org.palermo.app.web.Violation;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/** Tips intake from hotlines, NGOs and partner systems. A tip is stored with its audit line in one transaction. */
@RestController
class TipsController {

    static final int MAX_MESSAGE = 20_000;

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final TransactionTemplate transactions;
    private final Clock clock;

    TipsController(JdbcClient jdbc, AuditLog audit, TransactionTemplate transactions, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.transactions = transactions;
        this.clock = clock;
    }

    /**
     * A tip. Only {@code message} is required.
     *
     * @param channel how it reached the sender (hotline, web form, ...)
     * @param contact how to reach the tipster back, if they agreed to it
     */
    record TipRequest(String message, String adUrl, String city, String contact, String channel) {}

    record TipReceipt(long id, Instant receivedAt) {}

    @Operation(summary = "Submit a tip")
    @PostMapping("/api/v1/tips")
    @PreAuthorize(Access.TIP)
    ResponseEntity<TipReceipt> submit(@RequestBody TipRequest tip, Authentication caller,
            @RequestHeader(name = Reasons.HEADER, required = false) String reason) {
        check(tip);
        Actor actor = Actor.of(caller);
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        long id = transactions.execute(status -> {
            GeneratedKeyHolder keys = new GeneratedKeyHolder();
            jdbc.sql("""
                    INSERT INTO tips (received_at, submitted_by, channel, message, ad_url, city, contact)
                    VALUES (:at, :by, :channel, :message, :url, :city, :contact)""")
                    .param("at", OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
                    .param("by", actor.username())
                    .param("channel", tip.channel())
                    .param("message", tip.message())
                    .param("url", tip.adUrl())
                    .param("city", tip.city())
                    .param("contact", tip.contact())
                    .update(keys, "id");
            long tipId = keys.getKey().longValue();
            audit.append(actor.describe(), "tips.create", "tip " + tipId, reason);
            return tipId;
        });
        return ResponseEntity.created(URI.create("/api/v1/tips/" + id)).body(new TipReceipt(id, now));
    }

    private static void check(TipRequest tip) {
        List<Violation> violations = new ArrayList<>();
        if (tip.message() == null || tip.message().isBlank()) {
            violations.add(new Violation("/message", "is required"));
        } else if (tip.message().length() > MAX_MESSAGE) {
            violations.add(new Violation("/message", "is longer than " + MAX_MESSAGE + " characters"));
        }
        limit(violations, "/adUrl", tip.adUrl(), 2000);
        limit(violations, "/city", tip.city(), 200);
        limit(violations, "/contact", tip.contact(), 500);
        limit(violations, "/channel", tip.channel(), 100);
        if (!violations.isEmpty()) {
            throw new InvalidRequestException(violations);
        }
    }

    private static void limit(List<Violation> violations, String pointer, String value, int max) {
        if (value != null && value.length() > max) {
            violations.add(new Violation(pointer, "is longer than " + max + " characters"));
        }
    }
}
