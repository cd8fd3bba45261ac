package org.palermo.app.review;

import io.swagger.v3.oas.annotations.Operation;
import java.net.URI;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.palermo.app.audit.AuditLog;
import org.palermo.app.security.Access;
import org.palermo.app.security.Actor;
import org.palermo.app.web.InvalidRequestException;
import org.palermo.app.web.NotFoundException;
import org.palermo.app.web.Violation;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Analysts label ads and networks, always with a reason; the label and its audit line commit together. */
@RestController
class LabelsController {

    static final int MAX_REASON = 2000;

    private final Labels labels;
    private final AuditLog audit;
    private final TransactionTemplate transactions;

    LabelsController(Labels labels, AuditLog audit, TransactionTemplate transactions) {
        this.labels = labels;
        this.audit = audit;
        this.transactions = transactions;
    }

    /** A label request: {@code label} is one of {@link Label}, {@code reason} is required. */
    record LabelRequest(String label, String reason) {}

    @Operation(summary = "Label an ad (NOT_TRAFFICKING, NEEDS_REVIEW, LIKELY_TRAFFICKING, CONFIRMED) with a reason")
    @PostMapping("/api/v1/ads/{id}/labels")
    @PreAuthorize(Access.LABEL)
    ResponseEntity<Labels.Labelled> labelAd(@PathVariable long id, @RequestBody LabelRequest request,
            Authentication caller) {
        Label label = check(request);
        if (!labels.adExists(id)) {
            throw new NotFoundException("ad " + id);
        }
        return created(Labels.Subject.AD, Long.toString(id), label, request.reason().trim(), Actor.of(caller));
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
        return created(Labels.Subject.NETWORK, id, label, request.reason().trim(), Actor.of(caller));
    }

    private ResponseEntity<Labels.Labelled> created(Labels.Subject subject, String id, Label label, String reason,
            Actor actor) {
        Labels.Labelled labelled = transactions.execute(status -> {
            Labels.Labelled l = labels.add(subject, id, label, reason, actor.username());
            audit.append(actor.describe(), "labels.create",
                    subject.name().toLowerCase() + " " + id + " labelled " + label + " (label " + l.id() + ")", reason);
            return l;
        });
        String path = subject == Labels.Subject.AD ? "/api/v1/ads/" : "/api/v1/networks/";
        return ResponseEntity.created(URI.create(path + id)).body(labelled);
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
    }
}
