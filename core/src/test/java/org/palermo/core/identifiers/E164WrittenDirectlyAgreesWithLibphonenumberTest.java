package org.palermo.core.identifiers;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link PhoneValidator#e164} writes most numbers itself instead of asking libphonenumber's formatter; every
 * number, with or without leading zeros, raw input or extension, comes out exactly as libphonenumber writes it.
 */
class E164WrittenDirectlyAgreesWithLibphonenumberTest {

    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();

    @Test
    void everyNumberIsWrittenAsLibphonenumberWritesIt() {
        Random random = new Random(20261125);
        List<Integer> countryCodes = new ArrayList<>(UTIL.getSupportedCallingCodes());
        countryCodes.add(999); // no such code: written all the same
        List<String> disagreements = new ArrayList<>();
        for (int k = 0; k < 100_000; k++) {
            PhoneNumber number = randomNumber(random, countryCodes);
            String expected = UTIL.format(number, PhoneNumberUtil.PhoneNumberFormat.E164);
            if (!PhoneValidator.e164(number).equals(expected)) {
                disagreements.add(number + " -> " + expected);
            }
        }
        assertThat(disagreements).isEmpty();
    }

    @Test
    void aNumberFoundInAnAdIsWrittenWithItsCountryCode() {
        PhoneNumber number = PhoneValidator.validate("2025550143", false, true, "US");
        assertThat(number).isNotNull();
        assertThat(PhoneValidator.e164(number)).isEqualTo("+12025550143");
    }

    private static PhoneNumber randomNumber(Random random, List<Integer> countryCodes) {
        PhoneNumber number = new PhoneNumber()
                .setCountryCode(countryCodes.get(random.nextInt(countryCodes.size())))
                .setNationalNumber(random.nextInt(10) == 0 ? random.nextInt(3) : (long) (random.nextDouble()
                        * Math.pow(10, 1 + random.nextInt(15))));
        if (random.nextInt(4) == 0) {
            number.setItalianLeadingZero(true);
            if (random.nextBoolean()) {
                number.setNumberOfLeadingZeros(1 + random.nextInt(3));
            }
        }
        if (random.nextInt(5) == 0) {
            number.setRawInput("+" + random.nextInt(1000) + " " + random.nextInt(100_000));
        }
        if (random.nextInt(8) == 0) {
            number.setExtension(Integer.toString(random.nextInt(1000)));
        }
        return number;
    }
}
