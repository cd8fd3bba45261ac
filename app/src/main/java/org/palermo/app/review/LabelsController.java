package org.palermo.app.review;

import io.swagger.v3.oas.annotations.Operation;
import java.net.URI;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.palermo.app.audit.AuditLog;
import org.palermo.app.audit.Reasons;
import org.palermo.app.security.Access;
import org.palermo.app.security.Actor;
import org.palermo.app.web.InvalidRequestException;
import org.palermo.app.web.Violation;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Analysts label ads and networks, always with a reason; the label and its audit line commit together. */
@RestController
class LabelsController {

    static final int MAX_REASON = 2000;

    static final int MAX_EXPORT = 100_000;

    private final Labelling labelling;
    private final LabelEvaluation evaluation;
    private final AuditLog audit;

    LabelsController(Labelling labelling, LabelEvaluation evaluation, AuditLog audit) {
        this.labelling = labelling;
        this.evaluation = evaluation;
        this.audit = audit;
    }

    @Operation(summary = "Analysts' labels against the stored screening: counts by band and label, precision and "
            + "recall of band high, ROC AUC of the risk (aggregates only, no personal data)")
    @GetMapping("/api/v1/labels/evaluation")
    @PreAuthorize(Access.READ)
    LabelEvaluation.Report evaluation() {
        return evaluation.report();
    }

    @Operation(summary = "Export decisively labelled ads (JSON Lines, input contract plus label 1/0) for "
            + "'palermo calibrate --labels'; needs a reason (X-Palermo-Reason), audited as labels.export")
    @GetMapping(value = "/api/v1/labels/export", produces = "application/x-ndjson")
    @PreAuthorize(Access.LABEL)
    ResponseEntity<String> export(Authentication caller,
            @RequestHeader(name = Reasons.HEADER, required = false) String reason,
            @RequestParam(name = "limit", defaultValue = "100000") int limit) {
        List<Violation> violations = new ArrayList<>();
        if (reason == null || reason.isBlank()) {
            violations.add(new Violation("/" + Reasons.HEADER, "an export of labelled ads needs a reason"));
        }
        if (limit < 1 || limit > MAX_EXPORT) {
            violations.add(new Violation("/limit", "must be 1-" + MAX_EXPORT));
        }
        if (!violations.isEmpty()) {
            throw new InvalidRequestException(violations);
        }
        List<String> lines = evaluation.exportLines(limit);
        audit.append(Actor.of(caller).describe(), "labels.export", lines.size() + " labelled ad(s)", reason);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("application/x-ndjson"))
                .body(lines.isEmpty() ? "" : String.join("\n", lines) + "\n");
    }

    /** A label request: {@code label} is one of {@link Label}, {@code reason} is required. */
    record LabelRequest(String label, String reason) {}

    @Operation(summary = "Label an ad (NOT_TRAFFICKING, NEEDS_REVIEW, LIKELY_TRAFFICKING, CONFIRMED) with a reason")
    @PostMapping("/api/v1/ads/{id}/labels")
    @PreAuthorize(Access.LABEL)
    ResponseEntity<Labels.Labelled> labelAd(@PathVariable long id, @RequestBody LabelRequest request,
            Authentication caller) {
        Label label = check(request);
        Labels.Labelled labelled = labelling.labelAd(id, label, request.reason(), Actor.of(caller));
        return ResponseEntity.created(URI.create("/api/v1/ads/" + id)).body(labelled);
    }

    @Operation(summary = "Label a network with a reason")
    @PostMapping("/api/v1/networks/{id}/labels")
    @PreAuthorize(Access.LABEL)
    ResponseEntity<Labels.Labelled> labelNetwork(@PathVariable String id, @RequestBody LabelRequest request,
            Authentication caller) {
        Label label = check(request);
        if (id.isBlank() || id.length() > 200) {
            throw InvalidRequestException.of("id", "a network id has 1-200 characters");
        }
        Labels.Labelled labelled = labelling.label(Labels.Subject.NETWORK, id, label, request.reason(),
                Actor.of(caller));
        return ResponseEntity.created(URI.create("/api/v1/networks/" + id)).body(labelled);
    }

    private static Label check(LabelRequest request) {
        List<Violation> violations = new ArrayList<>();
        Label label = null;
        if (request.label() == null) {
            violations.add(new Violation("/label", "is required: one of NOT_TRAFFICKING, NEEDS_REVIEW, "
                    + "LIKELY_TRAFFICKING, CONFIRMED"));
        } else {
            try {
                label = Label.valueOf(request.label().trim());
            } catch (IllegalArgumentException e) {
                violations.add(new Violation("/label", "must be one of NOT_TRAFFICKING, NEEDS_REVIEW, "
                        + "LIKELY_TRAFFICKING, CONFIRMED"));
            }
        }
        if (request.reason() == null || request.reason().isBlank()) {
            violations.add(new Violation("/reason", "is required: say why"));
        } else if (request.reason().length() > MAX_REASON) {
            violations.add(new Violation("/reason", "is longer than " + MAX_REASON + " characters"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidRequestException(violations);
        }
        return label;
    }

    @Configuration(proxyBeanMethods = false)
    static class ReviewConfiguration {
        @Bean
        Labels labels(JdbcClient jdbc, Clock clock) {
            return new Labels(jdbc, clock);
        }

        @Bean
        LabelEvaluation labelEvaluation(JdbcClient jdbc) {
            return new LabelEvaluation(jdbc);
        }

        @Bean
        Labelling labelling(Labels labels, AuditLog audit, TransactionTemplate transactions) {
            return new Labelling(labels, audit, transactions);
        }
    }
}
