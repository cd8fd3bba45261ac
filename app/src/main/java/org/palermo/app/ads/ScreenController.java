package org.palermo.app.ads;

import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import org.palermo.app.security.Access;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Stateless screening of a draft ad for platforms that only want a verdict: nothing is stored and nothing is
 * audited, because nothing is kept or read back.
 */
@RestController
class ScreenController {

    private final AdPipeline pipeline;
    private final AdRequests requests;

    ScreenController(ActivePipeline pipeline, AdRequests requests) {
        this.pipeline = pipeline.pipeline();
        this.requests = requests;
    }

    /**
     * The verdict in the {@code palermo screen} output shape; {@code screened} is false (and the verdict fields
     * absent) while no screening step is wired in.
     */
    record ScreenResponse(String id, boolean screened, Double risk, String band, List<String> categories,
            JsonNode indicators, List<AdDetail.IdentifierView> identifiers, String rulebook, String calibration) {}

    @Operation(summary = "Screen one draft ad without storing it")
    @PostMapping("/api/v1/screen")
    @PreAuthorize(Access.SCREEN)
    ScreenResponse screen(@RequestBody JsonNode body) {
        IncomingAd ad = requests.one(body, "screen");
        AdAnalysis analysis = pipeline.analyse(ad.ad());
        Verdict v = analysis.verdict();
        List<AdDetail.IdentifierView> identifiers =
                analysis.identifiers().stream().map(AdDetail.IdentifierView::of).toList();
        return v == null
                ? new ScreenResponse(ad.ad().id(), false, null, null, null, null, identifiers, null, null)
                : new ScreenResponse(ad.ad().id(), true, v.risk(), v.band(), v.categories(), v.indicators(),
                        identifiers, v.rulebookVersion(), v.calibrationVersion());
    }
}
