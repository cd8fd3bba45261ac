package org.palermo.core.identifiers;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberType;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * Numbers of many countries (libphonenumber's example mobile and fixed-line numbers) written the way their own
 * country writes them, nationally in an ad of that country or internationally in an ad of any country, extract
 * to their E.164 form.
 */
class PhonesOfAnyCountryProperties {

    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();
    private static final String[] REGIONS = {"US", "CA", "GB", "IE", "FR", "DE", "ES", "IT", "NL", "BE", "CH", "AT",
        "SE", "NO", "DK", "FI", "PL", "PT", "GR", "RU", "UA", "TR", "IL", "AE", "IN", "PK", "TH", "MY", "SG", "PH",
        "ID", "VN", "CN", "HK", "JP", "KR", "AU", "NZ", "BR", "AR", "MX", "CO", "PE", "CL", "EC", "ZA", "NG", "KE"};

    @Property(tries = 300)
    void nationalNumbersAreReadInTheirOwnCountry(@ForAll @IntRange(min = 0, max = 47) int regionIndex,
            @ForAll boolean mobile) {
        String region = REGIONS[regionIndex];
        PhoneNumber number = example(region, mobile);
        String written = UTIL.format(number, PhoneNumberFormat.NATIONAL);
        assertThat(Extraction.phones("call " + written + " now", region))
                .containsExactly(UTIL.format(number, PhoneNumberFormat.E164));
    }

    @Property(tries = 300)
    void internationalNumbersAreReadInAnyCountry(@ForAll @IntRange(min = 0, max = 47) int regionIndex,
            @ForAll boolean mobile, @ForAll @IntRange(min = 0, max = 47) int adRegionIndex, @ForAll boolean e164) {
        PhoneNumber number = example(REGIONS[regionIndex], mobile);
        String written = UTIL.format(number, e164 ? PhoneNumberFormat.E164 : PhoneNumberFormat.INTERNATIONAL);
        assertThat(Extraction.phones("call " + written + " now", REGIONS[adRegionIndex]))
                .containsExactly(UTIL.format(number, PhoneNumberFormat.E164));
    }

    private static PhoneNumber example(String region, boolean mobile) {
        PhoneNumber number = UTIL.getExampleNumberForType(region, mobile ? PhoneNumberType.MOBILE
                : PhoneNumberType.FIXED_LINE);
        Assume.that(number != null);
        return number;
    }
}
