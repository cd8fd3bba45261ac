package org.palermo.core.world;

import java.util.List;

/**
 * The ground truth of one synthetic ad: one line of {@code truth.jsonl}.
 *
 * @param networkId the network the ad belongs to: ads of one actor, joined by what a perfect linker would see
 * @param victimId  the person advertised (a worker or a victim), or {@code null}
 * @param minor     whether the person advertised is under 18 (only ever for controlled victims)
 * @param templateId the text template the ad was written from
 */
public record AdTruth(
        String adId,
        String actorId,
        ActorKind kind,
        String networkId,
        String victimId,
        boolean minor,
        String templateId,
        List<PlantedIdentifier> identifiers) {

    public AdTruth {
        identifiers = identifiers == null ? List.of() : List.copyOf(identifiers);
    }
}
