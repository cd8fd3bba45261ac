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

    private final Labelling labelling;

    LabelsController(Labelling labelling) {
        this.labelling = labelling;
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
        Labelling labelling(Labels labels, AuditLog audit, TransactionTemplate transactions) {
            return new Labelling(labels, audit, transactions);
        }
    }
}
