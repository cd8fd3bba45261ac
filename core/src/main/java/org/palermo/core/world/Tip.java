package org.palermo.core.world;

import java.time.Instant;

/**
 * A tip-line report. The truth fields say which network and actor the tip is really about ({@code null} for
 * noise tips that refer to nothing in the world).
 *
 * @param channel hotline, web or partner
 */
public record Tip(String id, Instant receivedAt, String channel, String text, String truthNetwork,
                  String truthActor, ActorKind truthKind) {
}
