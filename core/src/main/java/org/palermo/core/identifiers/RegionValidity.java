package org.palermo.core.identifiers;

import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonemetadata.PhoneMetadata;
import com.google.i18n.phonenumbers.Phonemetadata.PhoneNumberDesc;
import com.google.i18n.phonenumbers.metadata.DefaultMetadataDependenciesProvider;
import com.google.i18n.phonenumbers.metadata.source.MetadataSource;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * libphonenumber's {@code isValidNumberForRegion} with the region's metadata looked up and its patterns compiled
 * once: the same rule (the general description matches, then any number type's description matches; a
 * description matches when the length is one of its possible lengths and its pattern matches the whole number),
 * without the per-call metadata look-up and pattern cache. Only for national numbers without a leading zero, which
 * is how {@link PhoneValidator} builds them. {@code ValidationShortcutsAgreeWithLibphonenumberTest} checks that it
 * agrees with libphonenumber.
 */
final class RegionValidity {

    private static final Map<String, RegionValidity> BY_REGION = load();
    /** Per country code, its regions in libphonenumber's order, when every one of them is known here. */
    private static final Map<Integer, RegionValidity[]> BY_COUNTRY_CODE = byCountryCode();

    private final int countryCode;
    private final Desc general;
    private final Desc[] types;
    /** The region's leading-digits pattern (used to tell apart regions sharing a country code), else null. */
    private final Pattern leadingDigits;

    private RegionValidity(int countryCode, Desc general, Desc[] types, Pattern leadingDigits) {
        this.countryCode = countryCode;
        this.general = general;
        this.types = types;
        this.leadingDigits = leadingDigits;
    }

    /**
     * Whether the number is valid, as {@code PhoneNumberUtil.isValidNumber} decides (the number's region is the
     * first region of its country code whose leading digits match or, for a region without leading digits, whose
     * descriptions match; then the number must be valid there); null when a region of the code is unknown here.
     *
     * @param nsn the national number in decimal, without a leading zero
     */
    static Boolean validAnywhere(int countryCode, String nsn) {
        RegionValidity[] regions = BY_COUNTRY_CODE.get(countryCode);
        if (regions == null) {
            return null;
        }
        if (regions.length == 1) {
            return regions[0].valid(countryCode, nsn);
        }
        for (RegionValidity region : regions) {
            if (region.leadingDigits != null) {
                if (region.leadingDigits.matcher(nsn).lookingAt()) {
                    return region.valid(countryCode, nsn);
                }
            } else if (region.anyType(nsn)) {
                return region.valid(countryCode, nsn);
            }
        }
        return false;
    }

    /**
     * Whether the number is valid in {@code region}, as {@code PhoneNumberUtil.isValidNumberForRegion} decides;
     * null when the region is unknown here (then ask libphonenumber).
     *
     * @param nsn the national number in decimal, without a leading zero
     */
    static Boolean validIn(String region, int countryCode, String nsn) {
        RegionValidity validity = BY_REGION.get(region);
        if (validity == null) {
            return null;
        }
        return validity.valid(countryCode, nsn);
    }

    private boolean valid(int numberCountryCode, String nsn) {
        return countryCode == numberCountryCode && anyType(nsn);
    }

    /** libphonenumber's {@code getNumberTypeHelper(nsn, metadata) != UNKNOWN}. */
    private boolean anyType(String nsn) {
        if (!general.matches(nsn)) {
            return false;
        }
        for (Desc type : types) {
            if (type.matches(nsn)) {
                return true;
            }
        }
        return false;
    }

    private static Map<Integer, RegionValidity[]> byCountryCode() {
        PhoneNumberUtil util = PhoneNumberUtil.getInstance();
        Map<Integer, RegionValidity[]> codes = new HashMap<>();
        for (int countryCode : util.getSupportedCallingCodes()) {
            List<String> regions = util.getRegionCodesForCountryCode(countryCode);
            RegionValidity[] known = regions.stream().map(BY_REGION::get).toArray(RegionValidity[]::new);
            if (known.length > 0 && java.util.Arrays.stream(known).allMatch(java.util.Objects::nonNull)) {
                codes.put(countryCode, known);
            }
        }
        return Map.copyOf(codes);
    }

    private static Map<String, RegionValidity> load() {
        PhoneNumberUtil util = PhoneNumberUtil.getInstance();
        MetadataSource source = DefaultMetadataDependenciesProvider.getInstance().getPhoneNumberMetadataSource();
        Map<String, RegionValidity> regions = new HashMap<>();
        for (String region : util.getSupportedRegions()) {
            PhoneMetadata metadata = source.getMetadataForRegion(region);
            if (metadata == null) {
                continue;
            }
            // anyType asks whether any type matches, so the order is free: the types that ads' numbers mostly are
            // come first, and a valid number is usually settled by its second pattern
            List<Desc> types = new ArrayList<>(List.of(new Desc(metadata.getFixedLine())));
            if (!metadata.getSameMobileAndFixedLinePattern()) {
                types.add(new Desc(metadata.getMobile()));
            }
            types.addAll(List.of(new Desc(metadata.getPremiumRate()), new Desc(metadata.getTollFree()),
                    new Desc(metadata.getSharedCost()), new Desc(metadata.getVoip()),
                    new Desc(metadata.getPersonalNumber()), new Desc(metadata.getPager()), new Desc(metadata.getUan()),
                    new Desc(metadata.getVoicemail())));
            Pattern leading = metadata.hasLeadingDigits() ? Pattern.compile(metadata.getLeadingDigits()) : null;
            regions.put(region, new RegionValidity(util.getCountryCodeForRegion(region),
                    new Desc(metadata.getGeneralDesc()), types.toArray(new Desc[0]), leading));
        }
        return Map.copyOf(regions);
    }

    /** One number description: its possible lengths (none listed = any) and its pattern (none = never matches). */
    private static final class Desc {
        private final boolean anyLength;
        private final boolean[] lengths = new boolean[32];
        private final Pattern pattern;

        Desc(PhoneNumberDesc desc) {
            List<Integer> possible = desc.getPossibleLengthList();
            anyLength = possible.isEmpty();
            for (int length : possible) {
                if (length >= 0 && length < lengths.length) {
                    lengths[length] = true;
                }
            }
            String regex = desc.getNationalNumberPattern();
            pattern = regex.isEmpty() ? null : Pattern.compile(regex);
        }

        boolean matches(String nsn) {
            int length = nsn.length();
            if (!anyLength && (length >= lengths.length || !lengths[length])) {
                return false;
            }
            return pattern != null && pattern.matcher(nsn).matches();
        }
    }
}
