package org.palermo.core.linking;

/**
 * An identifier that linking refused to use as a link, and why: its ads fall in {@code groups} groups that
 * templates and ordinary identifiers keep apart, and {@code groupsWithOwnContact} of them carry a contact
 * identifier of their own (a hotel switchboard or a stock photo sits beside each operator's own phone).
 */
public record HubIdentifier(String key, int ads, int groups, int groupsWithOwnContact, String reason) {
}
