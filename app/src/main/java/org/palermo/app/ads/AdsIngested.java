package org.palermo.app.ads;

import java.util.List;

/** Ads that an ingest committed (and linked) just now, by database id, published after the caller's batch. */
public record AdsIngested(List<Long> adIds) {

    public AdsIngested {
        adIds = List.copyOf(adIds);
    }
}
