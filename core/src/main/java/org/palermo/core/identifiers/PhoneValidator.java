package org.palermo.core.identifiers;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonemetadata.PhoneMetadata;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import com.google.i18n.phonenumbers.metadata.DefaultMetadataDependenciesProvider;
import com.google.i18n.phonenumbers.metadata.source.MetadataSource;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Decides with libphonenumber whether a run of digits is a real phone number ({@code isValidNumber}, which for
 * North America also checks the area code and exchange). Parsing text is the slow part of libphonenumber, so
 * where the country code and national number are plain to see (North American numbers, numbers after an
 * international prefix, national numbers after the trunk prefix) the number is built directly and only
 * validated; anything else goes through {@code parse}.
 */
final class PhoneValidator {

    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();
    private static final Set<String> REGIONS = UTIL.getSupportedRegions();
    /** Per supported region, its country code and trunk prefix, looked up once (libphonenumber builds a key each time). */
    private static final Map<String, Integer> COUNTRY_CODES = new HashMap<>();
    private static final Map<String, String> TRUNK_PREFIXES = new HashMap<>();

    /**
     * Per country code, the national-number lengths that some region of that code can hold (from the general
     * description's possible lengths, which libphonenumber checks first in every validation); absent when a region
     * states none, i.e. any length may be valid.
     */
    private static final Map<Integer, boolean[]> POSSIBLE_LENGTHS = new HashMap<>();
    private static final int LONGEST = 17;

    static {
        MetadataSource metadata = DefaultMetadataDependenciesProvider.getInstance().getPhoneNumberMetadataSource();
        for (int countryCode : UTIL.getSupportedCallingCodes()) {
            boolean[] lengths = new boolean[LONGEST + 1];
            boolean any = false;
            for (String region : UTIL.getRegionCodesForCountryCode(countryCode)) {
                PhoneMetadata data = "001".equals(region) ? metadata.getMetadataForNonGeographicalRegion(countryCode)
                        : metadata.getMetadataForRegion(region);
                List<Integer> possible = data == null ? List.of() : data.getGeneralDesc().getPossibleLengthList();
                any |= possible.isEmpty();
                for (int length : possible) {
                    any |= length > LONGEST;
                    if (length <= LONGEST) {
                        lengths[length] = true;
                    }
                }
            }
            if (!any) {
                POSSIBLE_LENGTHS.put(countryCode, lengths);
            }
        }
        for (String region : REGIONS) {
            COUNTRY_CODES.put(region, UTIL.getCountryCodeForRegion(region));
            String trunk = UTIL.getNddPrefixForRegion(region, true);
            if (trunk != null) {
                TRUNK_PREFIXES.put(region, trunk);
            }
        }
    }
    private static final int NANP = 1;

    private PhoneValidator() {
    }

    /**
     * The number that {@code digits} spell in {@code region}, or null.
     *
     * @param plus     an international prefix ({@code +}) was written before the digits
     * @param wholeRun the digits are all the digits of their run, so they may carry a country code without a plus
     */
    static PhoneNumber validate(String digits, boolean plus, boolean wholeRun, String region) {
        int n = digits.length();
        if (n < 7 || n > 15) {
            return null;
        }
        if (plus) {
            return international(digits);
        }
        Integer countryCode = COUNTRY_CODES.get(region);
        PhoneNumber national = countryCode != null ? national(digits, countryCode, region) : null;
        if (national != null) {
            return national;
        }
        if (digits.startsWith("00")) {
            return international(digits.substring(2));
        }
        if (digits.startsWith("011")) {
            return international(digits.substring(3));
        }
        if (wholeRun && n >= 11 && digits.charAt(0) != '0') {
            return international(digits);
        }
        return null;
    }

    private static PhoneNumber national(String digits, int countryCode, String region) {
        if (countryCode == NANP) {
            return northAmerican(digits, region);
        }
        String trunk = TRUNK_PREFIXES.get(region);
        if (trunk != null && !trunk.isEmpty() && digits.startsWith(trunk) && digits.length() > trunk.length()
                && digits.charAt(trunk.length()) != '0') {
            PhoneNumber built = valid(countryCode, digits.substring(trunk.length()), region);
            if (built != null) {
                return built;
            }
        }
        return parse(digits, region);
    }

    /** Ten digits, or eleven after a leading 1; area code and exchange never start with 0 or 1. */
    private static PhoneNumber northAmerican(String digits, String region) {
        int n = digits.length();
        String nsn = n == 10 ? digits : n == 11 && digits.charAt(0) == '1' ? digits.substring(1) : null;
        if (nsn == null || nsn.charAt(0) < '2' || nsn.charAt(3) < '2') {
            return null;
        }
        return valid(NANP, nsn, region);
    }

    private static PhoneNumber international(String digits) {
        for (int length = 1; length <= 3 && length < digits.length(); length++) {
            int countryCode = Integer.parseInt(digits.substring(0, length));
            if (!"ZZ".equals(UTIL.getRegionCodeForCountryCode(countryCode))
                    || UTIL.getSupportedGlobalNetworkCallingCodes().contains(countryCode)) {
                String nsn = digits.substring(length);
                return nsn.startsWith("0") ? parse("+" + digits, "ZZ") : valid(countryCode, nsn, null);
            }
        }
        return null;
    }

    /** The number built from its parts if libphonenumber finds it valid (in {@code region} first, when given). */
    private static PhoneNumber valid(int countryCode, String nsn, String region) {
        if (nsn.length() > 17) {
            return null;
        }
        long national = Long.parseLong(nsn);
        if (impossibleLength(countryCode, national)) {
            return null;
        }
        PhoneNumber number = new PhoneNumber().setCountryCode(countryCode).setNationalNumber(national);
        boolean ok = region != null && validForRegion(number, region) || validAnywhere(number);
        return ok ? number : null;
    }

    /** {@code isValidNumber}, through the precompiled {@link RegionValidity} when it knows the country code. */
    private static boolean validAnywhere(PhoneNumber number) {
        Boolean fast = number.isItalianLeadingZero() ? null
                : RegionValidity.validAnywhere(number.getCountryCode(), Long.toString(number.getNationalNumber()));
        return fast != null ? fast : UTIL.isValidNumber(number);
    }

    /** {@code isValidNumberForRegion}, through the precompiled {@link RegionValidity} when it knows the region. */
    private static boolean validForRegion(PhoneNumber number, String region) {
        Boolean fast = RegionValidity.validIn(region, number.getCountryCode(),
                Long.toString(number.getNationalNumber()));
        return fast != null ? fast : UTIL.isValidNumberForRegion(number, region);
    }

    /**
     * Whether no region of {@code countryCode} has national numbers as long as {@code national} (without a leading
     * zero, as {@link #valid} builds them): then libphonenumber finds the number invalid in every region, and it
     * need not be asked.
     */
    static boolean impossibleLength(int countryCode, long national) {
        boolean[] lengths = POSSIBLE_LENGTHS.get(countryCode);
        return lengths != null && !lengths[digitCount(national)];
    }

    private static int digitCount(long value) {
        int count = 1;
        while (value >= 10) {
            value /= 10;
            count++;
        }
        return count;
    }

    private static PhoneNumber parse(String number, String region) {
        try {
            PhoneNumber parsed = UTIL.parse(number, region);
            return validAnywhere(parsed) ? parsed : null;
        } catch (NumberParseException e) {
            return null;
        }
    }

    /**
     * The number in E.164. libphonenumber writes '+', the country code and the national significant number, which
     * is the national number itself unless zeros lead it (Italian style) or it is empty with a raw input kept; those
     * rare numbers go to libphonenumber, the others are written here (in a third of the time or less).
     */
    static String e164(PhoneNumber number) {
        if (!number.isItalianLeadingZero() && number.getNationalNumber() != 0) {
            return "+" + number.getCountryCode() + number.getNationalNumber();
        }
        return UTIL.format(number, PhoneNumberUtil.PhoneNumberFormat.E164);
    }
}
