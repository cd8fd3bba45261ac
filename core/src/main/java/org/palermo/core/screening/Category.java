package org.palermo.core.screening;

/**
 * What part of a trafficking situation an indicator speaks to: the Palermo Protocol's Act, Means and Purpose,
 * and the families that studies of online ads use (DOMAIN.md §1-2).
 */
public enum Category {
    /** Recruitment, transport, harbouring: someone else moving or placing the person. */
    ACT,
    /** Threat, coercion, deception, abuse of vulnerability. */
    MEANS,
    /** Exploitation itself: quotas, restricted choice of services. */
    PURPOSE,
    /** A third party in control: third-person voice, several people behind one ad, a manager. */
    CONTROL,
    /** Language suggesting the person advertised is young, or a stated age under 18. */
    YOUTH,
    /** Movement between places ("new in town", "leaving soon"): visible but neutral, see the rulebook sources. */
    MOVEMENT,
    /** Prices and deals: far below the local market, specials, discounts. */
    ECONOMIC,
    /** Language that signals trustworthiness or professionalism ("100% real", "no games"). */
    TRUST,
    /** The provider's ethnicity or nationality specified. */
    ETHNICITY,
    /** Contact details disguised to slip past moderation. */
    CONCEALMENT,
    /** A stated adult age (not a youth indicator: stated age under 23 is not predictive). */
    AGE,
    /** The advertiser screening clients (references, verification): points away from trafficking. */
    CLIENT_SCREENING
}
