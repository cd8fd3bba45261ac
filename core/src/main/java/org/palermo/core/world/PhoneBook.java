package org.palermo.core.world;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import java.util.SplittableRandom;

/**
 * Hands out distinct phone numbers that libphonenumber accepts as valid for their country.
 *
 * <p>North American numbers use the 555 exchange of the city's area code (555-0100..0199 are reserved for
 * fiction; the rest of 555 is essentially unassigned), so the world rarely names a real subscriber. Only when a
 * city's 555 numbers run short (worlds of several million ads) do other exchanges appear. GB, IE and AU have no
 * fictional range large enough, so their mobile numbers are random valid numbers: never dial any of them.
 */
final class PhoneBook {

    private static final int[] NANP_GROUPS = {3, 3, 4};
    private static final int[] GB_GROUPS = {5, 6};
    private static final int[] IE_GROUPS = {3, 3, 4};
    private static final int[] AU_GROUPS = {4, 3, 3};
    private static final char[] IE_MOBILE = {'3', '5', '6', '7', '9'};

    /** Attempts in the 555 exchange before a crowded city falls back to other exchanges. */
    private static final int CROWDED = 50;

    private final PhoneNumberUtil util = PhoneNumberUtil.getInstance();
    private final LongSet issued = new LongSet();

    /** A new number local to the city, never issued before by this book. */
    Phone allocate(City city, SplittableRandom random) {
        for (int attempt = 0; attempt < 1000; attempt++) {
            Phone phone = candidate(city, attempt >= CROWDED, random);
            long digits = Long.parseLong(phone.e164().substring(1));
            if (!issued.contains(digits) && isValid(phone)) {
                issued.add(digits);
                return phone;
            }
        }
        throw new IllegalStateException("could not find a free valid phone number for " + city.name());
    }

    boolean isValid(Phone phone) {
        try {
            return util.isValidNumber(util.parse(phone.e164(), phone.country()));
        } catch (NumberParseException e) {
            return false;
        }
    }

    private static Phone candidate(City city, boolean crowded, SplittableRandom random) {
        StringBuilder digits = new StringBuilder(12);
        switch (city.country()) {
            case "US", "CA" -> {
                digits.append(city.areaCodes().get(random.nextInt(city.areaCodes().size())));
                if (crowded) {
                    digits.append((char) ('2' + random.nextInt(8))).append((char) ('0' + random.nextInt(10)))
                            .append((char) ('2' + random.nextInt(8)));
                } else {
                    digits.append("555");
                }
                int line = 100 + random.nextInt(9900);
                if (line == 1212) {
                    line = 1213;
                }
                appendPadded(digits, line, 4);
                return new Phone("+1" + digits, city.country(), digits.toString(), NANP_GROUPS);
            }
            case "GB" -> {
                digits.append('7').append((char) ('4' + random.nextInt(6)));
                appendRandom(digits, 8, random);
                return new Phone("+44" + digits, "GB", "0" + digits, GB_GROUPS);
            }
            case "IE" -> {
                digits.append('8').append(IE_MOBILE[random.nextInt(IE_MOBILE.length)]);
                appendRandom(digits, 7, random);
                return new Phone("+353" + digits, "IE", "0" + digits, IE_GROUPS);
            }
            case "AU" -> {
                digits.append('4');
                appendRandom(digits, 8, random);
                return new Phone("+61" + digits, "AU", "0" + digits, AU_GROUPS);
            }
            default -> throw new IllegalArgumentException("no phone plan for country " + city.country());
        }
    }

    private static void appendRandom(StringBuilder out, int count, SplittableRandom random) {
        for (int i = 0; i < count; i++) {
            out.append((char) ('0' + random.nextInt(10)));
        }
    }

    private static void appendPadded(StringBuilder out, int value, int width) {
        String text = Integer.toString(value);
        for (int i = text.length(); i < width; i++) {
            out.append('0');
        }
        out.append(text);
    }
}
