package org.palermo.app.alerts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MatchingNewAdsAgainstSavedSearchesTest {

    static final Instant MAY_2 = Instant.parse("2026-05-02T10:00:00Z");

    static NewAd ad(long id, String city, Instant postedAt, String band, String... phones) {
        Set<NewAd.Carried> carried = new java.util.HashSet<>();
        for (String phone : phones) {
            carried.add(new NewAd.Carried("PHONE", phone));
        }
        return new NewAd(id, "Urgent Booking", "Discreet, central", city, "SiteA", postedAt, band, carried);
    }

    static SavedSearch search(long id, SearchCriteria criteria) {
        return new SavedSearch(id, "ana", "s" + id, criteria, Instant.EPOCH);
    }

    @Test
    void everyGivenFilterMustHoldAndCaseDoesNotMatter() {
        NewAd ad = ad(1, "York", MAY_2, "high", "+15550001");

        assertThat(new SearchCriteria("booking", "YORK", "sitea", null, null, "high", null).matches(ad)).isTrue();
        assertThat(new SearchCriteria("central", "york", null, null, null, "low", null).matches(ad)).isFalse();
        assertThat(new SearchCriteria("missing", "york", null, null, null, null, null).matches(ad)).isFalse();
    }

    @Test
    void dateRangesIncludeFromExcludeToAndNeverMatchAnUndatedAd() {
        SearchCriteria may2 = new SearchCriteria(null, null, null, MAY_2, MAY_2.plusSeconds(1), null, null);

        assertThat(may2.matches(ad(1, "York", MAY_2, "low"))).isTrue();
        assertThat(may2.matches(ad(2, "York", MAY_2.plusSeconds(1), "low"))).isFalse();
        assertThat(may2.matches(ad(3, "York", null, "low"))).isFalse();
    }

    @Test
    void anIdentifierMatchesByKindAndValueOrByValueAlone() {
        NewAd ad = ad(1, "York", MAY_2, "low", "+15550001");

        assertThat(new SearchCriteria(null, null, null, null, null, null, "phone:+15550001").matches(ad)).isTrue();
        assertThat(new SearchCriteria(null, null, null, null, null, null, "+15550001").matches(ad)).isTrue();
        assertThat(new SearchCriteria(null, null, null, null, null, null, "email:+15550001").matches(ad)).isFalse();
    }

    @Test
    void theIndexFindsSearchesOfTheAdsCityAndThoseWithoutACity() {
        SavedSearchIndex index = new SavedSearchIndex(List.of(
                search(1, new SearchCriteria(null, "York", null, null, null, null, null)),
                search(2, new SearchCriteria(null, "Leeds", null, null, null, null, null)),
                search(3, new SearchCriteria(null, null, null, null, null, "high", null)),
                search(4, new SearchCriteria(null, null, null, null, null, "low", null))));

        assertThat(index.matching(ad(1, "york", MAY_2, "high"))).extracting(SavedSearch::id).containsExactly(1L, 3L);
        assertThat(index.matching(ad(2, null, MAY_2, "low"))).extracting(SavedSearch::id).containsExactly(4L);
    }

    @Test
    void aBandOutsideLowMediumHighIsRejectedNamingIt() {
        assertThatThrownBy(() -> new SearchCriteria(null, null, null, null, null, "extreme", null))
                .hasMessageContaining("extreme");
        assertThat(new SearchCriteria(" ", "", null, null, null, null, " ").isEmpty()).isTrue();
    }
}
