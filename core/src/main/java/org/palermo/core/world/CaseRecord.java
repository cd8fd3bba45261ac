package org.palermo.core.world;

import java.util.List;

/**
 * A synthetic potential-victim case record, loosely after HTCDS v2.0 (person, victim and trafficking-experience
 * tables). {@code victimId} is the truth: the person of the ads it refers to.
 *
 * @param trafficked      truth: whether the person was advertised by a controller
 * @param recruitment     deception, job_offer, lover_boy, debt, family, abuse_of_vulnerability, or none
 * @param controlMeans    HTCDS methods of control, e.g. takes_earnings, restricts_movement, withholds_documents
 * @param firstResponder  police, ngo, local_authority, health, border_force or hotline
 * @param consentRequired false for minors: no consent is needed to refer a child
 */
public record CaseRecord(String id, String victimId, String network, ActorKind truthKind, boolean trafficked,
                         int age, boolean minor, String gender, String nationality, String city, String country,
                         String recruitment, List<String> controlMeans, String firstResponder,
                         boolean consentRequired, boolean consentToReferral, List<String> needs) {

    public CaseRecord {
        controlMeans = List.copyOf(controlMeans);
        needs = List.copyOf(needs);
    }
}
