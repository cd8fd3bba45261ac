package org.palermo.app.ads;

import org.palermo.core.ads.Ad;

/**
 * The analysis that ingest runs on every new ad: extract identifiers and screen ({@link #analyse}). The server
 * stores whatever this returns and changes nothing else; linking is not part of the pipeline but runs on the
 * committed batch ({@code networks.ServerLinking}), with the identifiers and risk found here.
 *
 * <p>The server runs {@link CoreScreeningPipeline} (core's extraction and screening) unless the application
 * defines its own {@code @Bean AdPipeline} (see docs/server.md, "The analysis pipeline").
 */
public interface AdPipeline {

    /** Identifiers and the screening verdict of one ad; pure (stores nothing), also used by the screen endpoint. */
    AdAnalysis analyse(Ad ad);
}
