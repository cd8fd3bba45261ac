package org.palermo.core.screening;

/** How strong the evidence behind an indicator is (DOMAIN.md §2). */
public enum EvidenceGrade {
    /** Predictive of trafficking in a study with known case outcomes (Lugo-Graulich &amp; Meyer 2024). */
    VALIDATED,
    /** Used by practitioners and analysts, not validated against outcomes: low weight. */
    PRACTITIONER,
    /** Tested and found not predictive or pointing the other way: shown to the analyst, weight 0. */
    CONTRADICTED
}
