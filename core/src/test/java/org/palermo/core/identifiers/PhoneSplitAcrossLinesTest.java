package org.palermo.core.identifiers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.palermo.core.ads.Ad;

class PhoneSplitAcrossLinesTest {

    @Test
    void joinsNumberBrokenOverLines() {
        Identifier phone = Extraction.onlyPhone("call me\n415\n867\n5309\nkisses");
        assertThat(phone.value()).isEqualTo("+14158675309");
        assertThat(phone.obfuscated()).isTrue();
    }

    @Test
    void joinsNumberSplitBetweenTitleAndBody() {
        Ad ad = Ad.ofText("a1", "Sweet girl 415 867", "5309 call now");
        List<Identifier> found = Extraction.EXTRACTOR.extract(ad, "US");
        assertThat(found).extracting(Identifier::value).containsExactly("+14158675309");
        Identifier phone = found.get(0);
        assertThat(ad.text().substring(phone.start(), phone.end())).isEqualTo("415 867\n5309");
    }

    @Test
    void paragraphsApartAreNotJoined() {
        assertThat(Extraction.phones("call 415 867\n\n\n\n5309")).isEmpty();
    }
}
