package org.palermo.core.world;

/**
 * A phone number of the world.
 *
 * @param e164     normalised form, e.g. {@code +14155550123}
 * @param national the digits as dialled inside the country, e.g. {@code 4155550123} or {@code 07911123456}
 * @param groups   how the national digits are grouped when written, e.g. {3, 3, 4}
 */
public record Phone(String e164, String country, String national, int[] groups) {

    /** The country calling code with its plus sign, e.g. {@code +44}. */
    public String callingCode() {
        return e164.substring(0, e164.length() - internationalDigits().length());
    }

    /** The national digits without the trunk prefix 0, as written after the calling code. */
    public String internationalDigits() {
        return national.charAt(0) == '0' ? national.substring(1) : national;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Phone phone && phone.e164.equals(e164);
    }

    @Override
    public int hashCode() {
        return e164.hashCode();
    }

    @Override
    public String toString() {
        return e164;
    }
}
