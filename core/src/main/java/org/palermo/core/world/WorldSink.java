package org.palermo.core.world;

import org.palermo.core.ads.Ad;

/** Receives the world as it is generated: every ad with its truth in posting order, then tips, then people. */
public interface WorldSink {

    void ad(Ad ad, AdTruth truth);

    void tip(Tip tip);

    void person(CaseRecord person);
}
