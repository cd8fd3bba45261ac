package org.palermo.core.linking;

/**
 * An identifier that linking refused to use as a link, and why: its ads fall in {@code groups} groups that
 * templates and ordinary identifiers keep apart, and they make up only {@code coverage} of those groups' ads
 * (a hotel switchboard or a stock photo appears in a few ads of many unrelated operators; an operator's own
 * phone appears in most ads of the groups it joins).
 */
public record HubIdentifier(String key, int ads, int groups, double coverage, String reason) {
}
