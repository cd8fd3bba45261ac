package org.palermo.app.ads;

import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.oas.annotations.Operation;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.palermo.app.audit.Reasons;
import org.palermo.app.io.AdJson;
import org.palermo.app.security.Access;
import org.palermo.app.security.Actor;
import org.palermo.app.web.ApiSettings;
import org.palermo.app.web.InvalidRequestException;
import org.palermo.app.web.Page;
import org.palermo.app.web.Paging;
import org.palermo.app.web.Violation;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Ingest and query of ads. */
@RestController
@RequestMapping("/api/v1/ads")
class AdsController {

    private final AdIngest ingest;
    private final AdReads reads;
    private final AdRequests requests;
    private final ApiSettings settings;

    AdsController(AdIngest ingest, AdReads reads, AdRequests requests, ApiSettings settings) {
        this.ingest = ingest;
        this.reads = reads;
        this.requests = requests;
        this.settings = settings;
    }

    /** Batch receipts: one per ad, in request order. */
    record BatchReceipt(int created, int alreadyStored, List<AdReceipt> ads) {}

    @Operation(summary = "Ingest one ad (idempotent by source and id): 201 when stored now, 200 when stored before")
    @PostMapping
    @PreAuthorize(Access.INGEST)
    ResponseEntity<AdReceipt> ingestOne(@RequestBody JsonNode body, Authentication caller,
            @RequestHeader(name = Reasons.HEADER, required = false) String reason) {
        Actor actor = Actor.of(caller);
        IncomingAd ad = requests.one(body, actor.username());
        AdReceipt receipt = ingest.ingest(List.of(ad), actor, reason).get(0);
        return receipt.created()
                ? ResponseEntity.created(URI.create("/api/v1/ads/" + receipt.id())).body(receipt)
                : ResponseEntity.ok(receipt);
    }

    @Operation(summary = "Ingest a JSON array of ads (at most palermo.api.max-batch-ads), all or none")
    @PostMapping("/batch")
    @PreAuthorize(Access.INGEST)
    BatchReceipt ingestBatch(@RequestBody JsonNode body, Authentication caller,
            @RequestHeader(name = Reasons.HEADER, required = false) String reason) {
        Actor actor = Actor.of(caller);
        List<IncomingAd> ads = requests.batch(body, actor.username(), settings.maxBatchAds());
        List<AdReceipt> receipts = ingest.ingest(ads, actor, reason);
        int created = (int) receipts.stream().filter(AdReceipt::created).count();
        return new BatchReceipt(created, receipts.size() - created, receipts);
    }

    @Operation(summary = "Search ads by filters and text, newest first or by risk (sort=risk: the review queue)")
    @GetMapping
    @PreAuthorize(Access.READ)
    Page<AdSummary> search(
            @RequestParam(required = false) String city,
            @RequestParam(required = false) String site,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            @RequestParam(required = false) String band,
            @RequestParam(required = false) String identifier,
            @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "newest") String sort,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size,
            Authentication caller,
            @RequestHeader(name = Reasons.HEADER, required = false) String reason) {
        List<Violation> violations = new ArrayList<>();
        Instant fromInstant = instant("from", from, violations);
        Instant toInstant = instant("to", to, violations);
        if (band != null && !Verdict.BANDS.contains(band)) {
            violations.add(new Violation("band", "must be low, medium or high"));
        }
        if (!sort.equals("newest") && !sort.equals("risk")) {
            violations.add(new Violation("sort", "must be newest or risk"));
        }
        Paging paging;
        try {
            paging = Paging.check(page, size, settings.maxPageSize());
        } catch (InvalidRequestException e) {
            violations.addAll(e.violations());
            paging = null;
        }
        if (!violations.isEmpty()) {
            throw new InvalidRequestException(violations);
        }
        AdFilter filter = new AdFilter(blankToNull(city), blankToNull(site), fromInstant, toInstant, band,
                blankToNull(identifier), blankToNull(q), sort.equals("risk"));
        return reads.search(filter, paging, Actor.of(caller), reason);
    }

    @Operation(summary = "One ad with its screening explanation, identifiers, links and labels")
    @GetMapping("/{id}")
    @PreAuthorize(Access.READ)
    AdDetail detail(@PathVariable long id, Authentication caller,
            @RequestHeader(name = Reasons.HEADER, required = false) String reason) {
        return reads.detail(id, Actor.of(caller), reason);
    }

    /** A reveal request: why the caller needs the personal data in clear. */
    record RevealRequest(String reason) {}

    @Operation(summary = "The ad with phones, emails, handles and names in clear, for this answer only; the reason "
            + "(at least " + AdReads.MIN_REVEAL_REASON + " characters) is audited with the identifiers revealed")
    @PostMapping("/{id}/reveal")
    @PreAuthorize(Access.REVEAL)
    AdDetail reveal(@PathVariable long id, @RequestBody RevealRequest request, Authentication caller) {
        return reads.reveal(id, Actor.of(caller), request.reason());
    }

    private static Instant instant(String name, String text, List<Violation> violations) {
        if (text == null || text.isBlank()) {
            return null;
        }
        Instant instant = AdJson.parseInstant(text.trim());
        if (instant == null) {
            violations.add(new Violation(name, "must be an ISO-8601 date or date-time"));
        }
        return instant;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
