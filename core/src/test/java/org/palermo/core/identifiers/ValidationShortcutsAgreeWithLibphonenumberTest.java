package org.palermo.core.identifiers;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The length check that spares libphonenumber calls never rejects a number that libphonenumber would accept, so
 * extraction finds exactly the same phones with and without it.
 */
class ValidationShortcutsAgreeWithLibphonenumberTest {

    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();

    @Test
    void aNumberOfAnImpossibleLengthIsInvalidForLibphonenumberToo() {
        Random random = new Random(3);
        List<String> disagreements = new ArrayList<>();
        int rejected = 0;
        for (int countryCode : UTIL.getSupportedCallingCodes()) {
            for (int length = 1; length <= 17; length++) {
                for (int k = 0; k < 20; k++) {
                    long national = randomNumber(random, length);
                    if (!PhoneValidator.impossibleLength(countryCode, national)) {
                        continue;
                    }
                    rejected++;
                    PhoneNumber number = new PhoneNumber().setCountryCode(countryCode).setNationalNumber(national);
                    if (UTIL.isValidNumber(number)) {
                        disagreements.add("+" + countryCode + " " + national);
                    }
                }
            }
        }
        assertThat(disagreements).isEmpty();
        assertThat(rejected).as("the check rejects something").isGreaterThan(1000);
    }

    /** Numbers with a leading zero kept in the national number (Italy, Benin...) are always parsed, never built. */
    @Test
    void everyRegionsExampleNumbersWithoutALeadingZeroHaveAPossibleLength() {
        List<String> rejected = new ArrayList<>();
        for (String region : UTIL.getSupportedRegions()) {
            for (PhoneNumberUtil.PhoneNumberType type : PhoneNumberUtil.PhoneNumberType.values()) {
                PhoneNumber example = UTIL.getExampleNumberForType(region, type);
                if (example != null && !example.isItalianLeadingZero() && UTIL.isValidNumber(example)
                        && PhoneValidator.impossibleLength(example.getCountryCode(), example.getNationalNumber())) {
                    rejected.add(region + " " + type + " " + example.getNationalNumber());
                }
            }
        }
        assertThat(rejected).isEmpty();
    }

    @Test
    void precompiledRegionValidityAgreesWithLibphonenumberInEveryRegion() {
        Random random = new Random(5);
        List<String> disagreements = new ArrayList<>();
        int valid = 0;
        int checked = 0;
        for (String region : UTIL.getSupportedRegions()) {
            int countryCode = UTIL.getCountryCodeForRegion(region);
            List<Long> candidates = new ArrayList<>();
            for (PhoneNumberUtil.PhoneNumberType type : PhoneNumberUtil.PhoneNumberType.values()) {
                PhoneNumber example = UTIL.getExampleNumberForType(region, type);
                if (example != null && !example.isItalianLeadingZero()) {
                    long national = example.getNationalNumber();
                    candidates.add(national);
                    for (int k = 0; k < 30; k++) { // the example with its last digits changed: valid or not
                        long modulus = k < 15 ? 100 : 10_000;
                        candidates.add(national - national % modulus + random.nextInt((int) modulus));
                    }
                }
            }
            for (int length = 4; length <= 17; length++) {
                for (int k = 0; k < 20; k++) {
                    candidates.add(randomNumber(random, length));
                }
            }
            for (long national : candidates) {
                PhoneNumber number = new PhoneNumber().setCountryCode(countryCode).setNationalNumber(national);
                boolean expected = UTIL.isValidNumberForRegion(number, region);
                Boolean fast = RegionValidity.validIn(region, countryCode, Long.toString(national));
                checked++;
                valid += expected ? 1 : 0;
                if (fast == null || fast != expected) {
                    disagreements.add(region + " " + national + " libphonenumber " + expected + ", fast " + fast);
                }
                if (RegionValidity.validIn(region, countryCode + 1, Long.toString(national)) == Boolean.TRUE) {
                    disagreements.add(region + " " + national + " valid under another country code");
                }
            }
        }
        assertThat(disagreements).isEmpty();
        assertThat(valid).as("valid numbers among the %d checked", checked).isGreaterThan(5000);
    }

    /** Country codes shared by several regions (+1, +7, +44, +61...) pick the region as libphonenumber does. */
    @Test
    void precompiledValidityAnywhereAgreesWithLibphonenumberForEveryCountryCode() {
        Random random = new Random(7);
        List<String> disagreements = new ArrayList<>();
        int valid = 0;
        int checked = 0;
        for (int countryCode : UTIL.getSupportedCallingCodes()) {
            List<Long> candidates = new ArrayList<>();
            for (String region : UTIL.getRegionCodesForCountryCode(countryCode)) {
                for (PhoneNumberUtil.PhoneNumberType type : PhoneNumberUtil.PhoneNumberType.values()) {
                    PhoneNumber example = "001".equals(region) ? null : UTIL.getExampleNumberForType(region, type);
                    if (example != null && !example.isItalianLeadingZero()) {
                        long national = example.getNationalNumber();
                        candidates.add(national);
                        for (int k = 0; k < 30; k++) {
                            long modulus = k < 10 ? 100 : k < 20 ? 10_000 : 10_000_000;
                            candidates.add(Math.max(1, national - national % modulus + random.nextInt((int) modulus)));
                        }
                    }
                }
            }
            for (int length = 4; length <= 17; length++) {
                for (int k = 0; k < 20; k++) {
                    candidates.add(randomNumber(random, length));
                }
            }
            for (long national : candidates) {
                PhoneNumber number = new PhoneNumber().setCountryCode(countryCode).setNationalNumber(national);
                boolean expected = UTIL.isValidNumber(number);
                Boolean fast = RegionValidity.validAnywhere(countryCode, Long.toString(national));
                checked++;
                valid += expected ? 1 : 0;
                if (fast != null && fast != expected) {
                    disagreements.add("+" + countryCode + " " + national + " libphonenumber " + expected
                            + ", fast " + fast);
                }
            }
        }
        assertThat(disagreements).isEmpty();
        assertThat(RegionValidity.validAnywhere(1, "2125550123")).as("North America is known").isNotNull();
        assertThat(valid).as("valid numbers among the %d checked", checked).isGreaterThan(5000);
    }

    private static long randomNumber(Random random, int length) {
        long value = 1 + random.nextInt(9);
        for (int i = 1; i < length; i++) {
            value = value * 10 + random.nextInt(10);
        }
        return value;
    }
}
