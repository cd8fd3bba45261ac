package org.palermo.core.identifiers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.palermo.core.ads.Ad;

class CountryOfAnAdTest {

    private static Ad ad(String country, String city, String region, String url) {
        return new Ad("a1", "", "call 07911 123456", null, city, region, country, null, url, null, List.of());
    }

    @Test
    void statedCountryComesFirst() {
        assertThat(RegionResolver.regionOf(ad("gb", "Chicago", null, "https://chicago.example.com"), "US")).isEqualTo("GB");
        assertThat(RegionResolver.regionOf(ad("United Kingdom", null, null, null), "US")).isEqualTo("GB");
    }

    @Test
    void cityOrRegionDecidesWhenNoCountryIsGiven() {
        assertThat(RegionResolver.regionOf(ad(null, "London", null, null), "US")).isEqualTo("GB");
        assertThat(RegionResolver.regionOf(ad(null, "Montréal", null, null), "US")).isEqualTo("CA");
        assertThat(RegionResolver.regionOf(ad(null, null, "Ontario", null), "US")).isEqualTo("CA");
        assertThat(RegionResolver.regionOf(ad(null, "Milano", null, null), "US")).isEqualTo("IT");
    }

    @Test
    void siteDomainDecidesWhenTheAdNamesNoPlace() {
        assertThat(RegionResolver.regionOf(ad(null, null, null, "https://www.example.co.uk/ad/1"), "US")).isEqualTo("GB");
        assertThat(RegionResolver.regionOf(ad(null, null, null, "http://example.ca/x"), "US")).isEqualTo("CA");
        assertThat(RegionResolver.regionOf(ad(null, null, null, "http://melbourne.example.com/x"), "US")).isEqualTo("AU");
    }

    @Test
    void defaultRegionWhenNothingElseIsKnown() {
        assertThat(RegionResolver.regionOf(ad(null, "Smallville", null, "http://example.com/x"), "de")).isEqualTo("DE");
    }

    @Test
    void phonesAreReadInTheAdsCountry() {
        List<Identifier> found = Extraction.EXTRACTOR.extract(ad(null, "Manchester", null, null), "US");
        assertThat(found).extracting(Identifier::value).containsExactly("+447911123456");
    }
}
