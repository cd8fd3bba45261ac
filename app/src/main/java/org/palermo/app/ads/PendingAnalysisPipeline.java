package org.palermo.app.ads;

import java.util.Collections;
import java.util.List;
import org.palermo.core.ads.Ad;

/**
 * The pipeline the server runs until core's identifier extraction, screening and linking are wired in: ads are
 * stored with no identifiers, no screening result and no links, and the screen endpoint answers
 * {@code "screened": false}. Nothing here pretends to be a verdict.
 */
public final class PendingAnalysisPipeline implements AdPipeline {

    @Override
    public AdAnalysis analyse(Ad ad) {
        return AdAnalysis.NOT_SCREENED;
    }

    @Override
    public List<AdLink> link(List<Ad> ads) {
        return Collections.nCopies(ads.size(), AdLink.NONE);
    }
}
