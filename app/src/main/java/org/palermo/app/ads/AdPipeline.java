package org.palermo.app.ads;

import java.util.List;
import org.palermo.core.ads.Ad;

/**
 * The analysis that ingest runs on every new ad: extract identifiers and screen (per ad, {@link #analyse}), then
 * link (per batch, {@link #link}). The server stores whatever this returns and changes nothing else.
 *
 * <p>The server runs {@link CoreScreeningPipeline} (core's extraction and screening) unless the application
 * defines its own {@code @Bean AdPipeline} (see docs/server.md, "The analysis pipeline").
 */
public interface AdPipeline {

    /** Identifiers and the screening verdict of one ad; pure (stores nothing), also used by the screen endpoint. */
    AdAnalysis analyse(Ad ad);

    /**
     * Links new ads to templates and networks. Returns one entry per input ad in the same order; an entry is
     * {@link AdLink#NONE} when linking said nothing about that ad.
     */
    List<AdLink> link(List<Ad> ads);
}
