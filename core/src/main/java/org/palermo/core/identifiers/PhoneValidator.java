package org.palermo.core.identifiers;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;

/**
 * Decides with libphonenumber whether a run of digits is a real phone number ({@code isValidNumber}, which for
 * North America also checks the area code and exchange). A cheap length check first keeps most non-numbers away
 * from the parser.
 */
final class PhoneValidator {

    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();
    private static final java.util.Set<String> REGIONS = UTIL.getSupportedRegions();

    private PhoneValidator() {
    }

    /**
     * The number that {@code digits} spell in {@code region}, or null.
     *
     * @param plus    an international prefix ({@code +}) was written before the digits
     * @param wholeRun the digits are all the digits of their run, so they may carry a country code without a plus
     */
    static PhoneNumber validate(String digits, boolean plus, boolean wholeRun, String region) {
        int n = digits.length();
        if (n < 7 || n > 15) {
            return null;
        }
        if (plus) {
            return parse("+" + digits, "ZZ");
        }
        PhoneNumber national = plausibleInRegion(digits, region) ? parse(digits, region) : null;
        if (national != null) {
            return national;
        }
        if (digits.startsWith("00")) {
            return parse("+" + digits.substring(2), "ZZ");
        }
        if (digits.startsWith("011")) {
            return parse("+" + digits.substring(3), "ZZ");
        }
        if (wholeRun && n >= 11 && digits.charAt(0) != '0') {
            return parse("+" + digits, "ZZ");
        }
        return null;
    }

    private static boolean plausibleInRegion(String digits, String region) {
        if (!REGIONS.contains(region)) {
            return false;
        }
        if (UTIL.getCountryCodeForRegion(region) != 1) {
            return true;
        }
        int n = digits.length();
        return n == 10 && digits.charAt(0) >= '2' || n == 11 && digits.charAt(0) == '1' && digits.charAt(1) >= '2';
    }

    private static PhoneNumber parse(String number, String region) {
        try {
            PhoneNumber parsed = UTIL.parse(number, region);
            return UTIL.isValidNumber(parsed) ? parsed : null;
        } catch (NumberParseException e) {
            return null;
        }
    }

    static String e164(PhoneNumber number) {
        return UTIL.format(number, PhoneNumberUtil.PhoneNumberFormat.E164);
    }
}
