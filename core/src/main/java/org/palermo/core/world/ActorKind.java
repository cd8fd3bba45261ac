package org.palermo.core.world;

import java.util.Locale;

/** Who is behind an ad in the synthetic world. */
public enum ActorKind {
    /** An adult working for themselves: first person, own phone, own schedule. */
    INDEPENDENT,
    /** An agency or parlour: one business phone, several workers, a website. */
    AGENCY,
    /** A controller posting for victims: the ground truth of trafficking in the world. */
    CONTROLLED;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static ActorKind ofCode(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT));
    }
}
