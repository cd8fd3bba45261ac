package org.palermo.app.ads;

/**
 * The one {@link AdPipeline} that ingest and the screen endpoint share, resolved once at start-up (see
 * {@link AdsConfiguration#activePipeline}).
 */
record ActivePipeline(AdPipeline pipeline) {
}
