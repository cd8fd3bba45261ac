package org.palermo.app.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.palermo.app.privacy.Masking.Kind;
import org.palermo.app.privacy.Masking.Span;

class MaskingPersonalDataTest {

    @Test
    void aPhoneNumberKeepsItsCountryAndAreaPrefixAndLastTwoDigits() {
        assertThat(Masking.value("phone", "+15552013344")).isEqualTo("+1555•••••44");
        assertThat(Masking.value("phone", "+447700900123")).isEqualTo("+4477••••••23");
    }

    @Test
    void anEmailKeepsItsFirstLetterAndTopLevelDomain() {
        assertThat(Masking.value("email", "anna.b@example.org")).isEqualTo("a•••.•@•••••••.org");
    }

    @Test
    void handlesKeepTheirPlatformAndFirstLetter() {
        assertThat(Masking.value("handle", "instagram:lola_23")).isEqualTo("instagram:l•••_••");
        assertThat(Masking.value("payment", "cashapp:lola")).isEqualTo("cashapp:l•••");
    }

    @Test
    void urlsAreNotPersonalAndStayReadable() {
        assertThat(Masking.value("url", "example.com/ads/1")).isEqualTo("example.com/ads/1");
        assertThat(Masking.personal("url")).isFalse();
    }

    @Test
    void networkKeysMaskTheValueAfterTheType() {
        assertThat(Masking.key("phone:+15552013344")).isEqualTo("phone:+1555•••••44");
        assertThat(Masking.key("t17")).isEqualTo("t17");
    }

    @Test
    void introducedNamesAreFoundButCapitalisedWordsAfterACueThatAreNotNamesAreNot() {
        String text = "Hi, my name is Anna. I'm Available tonight, ask for Maria";

        List<Span> names = Masking.names(text);

        assertThat(names).extracting(s -> text.substring(s.start(), s.end())).containsExactly("Anna", "Maria");
    }

    @Test
    void maskingATextKeepsItsLengthSoOffsetsStayValid() {
        String text = "Call 555-201-3344 or write anna@example.org, I'm Anna";
        List<Span> spans = List.of(new Span(5, 17, Kind.PHONE), new Span(27, 43, Kind.EMAIL),
                new Span(49, 53, Kind.NAME));

        String masked = Masking.text(text, spans);

        assertThat(masked).isEqualTo("Call •••-•••-••44 or write a•••@•••••••.org, I'm A•••");
        assertThat(masked).hasSameSizeAs(text);
    }

    @Test
    void spelledOutPhonesAreMaskedEntirely() {
        String text = "five five five two zero one";

        assertThat(Masking.text(text, List.of(new Span(0, text.length(), Kind.PHONE))))
                .doesNotContain("five", "two", "zero", "one").hasSameSizeAs(text);
    }

    @Property
    void maskedTextNeverChangesLengthOrTextOutsideTheSpans(@ForAll String text, @ForAll @IntRange(max = 60) int start,
            @ForAll @IntRange(max = 60) int length) {
        Span span = new Span(start, start + length, Kind.PHONE);

        String masked = Masking.text(text, List.of(span));

        assertThat(masked).hasSameSizeAs(text);
        int from = Math.min(start, text.length());
        int to = Math.min(start + length, text.length());
        assertThat(masked.substring(0, from)).isEqualTo(text.substring(0, from));
        assertThat(masked.substring(to)).isEqualTo(text.substring(to));
    }
}
