package org.palermo.app.review;

/** An analyst's judgement of an ad or a network. Labels feed evaluation; they never change a stored score. */
public enum Label {
    NOT_TRAFFICKING, NEEDS_REVIEW, LIKELY_TRAFFICKING, CONFIRMED
}
