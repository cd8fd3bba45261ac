package org.palermo.core.world;

import java.util.Map;
import java.util.SplittableRandom;

/**
 * Nationality of advertised people. Most detected victims are exploited in their own country (about 60%,
 * UNODC GLOTIP 2024); independents and agency workers are mostly nationals.
 */
final class Nationalities {

    private static final Map<String, String> BY_ETHNICITY = Map.ofEntries(
            Map.entry("Thai", "TH"), Map.entry("Korean", "KR"), Map.entry("Japanese", "JP"),
            Map.entry("Chinese", "CN"), Map.entry("Asian", "CN"), Map.entry("Russian", "RU"),
            Map.entry("Ukrainian", "UA"), Map.entry("Romanian", "RO"), Map.entry("Colombian", "CO"),
            Map.entry("Venezuelan", "VE"), Map.entry("Dominican", "DO"), Map.entry("Brazilian", "BR"),
            Map.entry("Mexican", "MX"), Map.entry("Cuban", "CU"), Map.entry("Polish", "PL"),
            Map.entry("Filipina", "PH"), Map.entry("Vietnamese", "VN"), Map.entry("Italian", "IT"),
            Map.entry("Eastern European", "BG"), Map.entry("Latina", "MX"), Map.entry("Caribbean", "JM"));

    private Nationalities() {
    }

    static String of(ActorKind kind, String ethnicity, String country, SplittableRandom random) {
        double foreign = kind == ActorKind.CONTROLLED ? 0.4 : 0.1;
        String origin = BY_ETHNICITY.get(ethnicity);
        if (origin != null && random.nextDouble() < foreign) {
            return origin;
        }
        return country;
    }
}
