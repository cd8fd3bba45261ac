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

    private final int countryCode;
    private final Desc general;
    private final Desc[] types;

    private RegionValidity(int countryCode, Desc general, Desc[] types) {
        this.countryCode = countryCode;
        this.general = general;
        this.types = types;
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
        if (validity.countryCode != countryCode || !validity.general.matches(nsn)) {
            return false;
        }
        for (Desc type : validity.types) {
            if (type.matches(nsn)) {
                return true;
            }
        }
        return false;
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
            List<Desc> types = new ArrayList<>(List.of(new Desc(metadata.getPremiumRate()),
                    new Desc(metadata.getTollFree()), new Desc(metadata.getSharedCost()), new Desc(metadata.getVoip()),
                    new Desc(metadata.getPersonalNumber()), new Desc(metadata.getPager()), new Desc(metadata.getUan()),
                    new Desc(metadata.getVoicemail()), new Desc(metadata.getFixedLine())));
            if (!metadata.getSameMobileAndFixedLinePattern()) {
                types.add(new Desc(metadata.getMobile()));
            }
            regions.put(region, new RegionValidity(util.getCountryCodeForRegion(region),
                    new Desc(metadata.getGeneralDesc()), types.toArray(new Desc[0])));
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
