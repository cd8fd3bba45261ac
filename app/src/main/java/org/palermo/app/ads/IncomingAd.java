package org.palermo.app.ads;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Objects;
import org.palermo.core.ads.Ad;

/**
 * An ad as a partner sent it: where it comes from, the parsed contract fields and the JSON as received (unknown
 * fields are kept).
 *
 * @param source who publishes the ad's ids: ({@code source}, {@code ad.id()}) identifies it across re-sends
 */
public record IncomingAd(String source, Ad ad, ObjectNode raw) {

    public IncomingAd {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(ad, "ad");
        Objects.requireNonNull(raw, "raw");
    }

    public Key key() {
        return new Key(source, ad.id());
    }

    /** The idempotency key of an ad. */
    public record Key(String source, String externalId) {}
}
