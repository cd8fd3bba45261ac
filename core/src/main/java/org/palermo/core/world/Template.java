package org.palermo.core.world;

/**
 * A text an actor writes ads from. Lines hold slots filled per ad ({@code {name}}, {@code {city}}, ...).
 *
 * @param contactAt index in {@code lines} before which the contact block goes
 * @param phoneInTitle whether ads from this template also carry the phone number in the title
 */
record Template(String id, SlotLine title, SlotLine[] lines, int contactAt, String contactPhrase,
                boolean phoneInTitle, boolean hasPrice, boolean movement) {
}
