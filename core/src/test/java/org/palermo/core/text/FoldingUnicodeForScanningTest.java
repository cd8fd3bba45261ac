package org.palermo.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FoldingUnicodeForScanningTest {

    @Test
    void foldsDigitFormsToAsciiDigits() {
        assertThat(TextNormalizer.normalize("４②𝟑٤४❺➅⓿").text()).isEqualTo("42344560");
    }

    @Test
    void foldsLookAlikeLettersAndCase() {
        assertThat(TextNormalizer.normalize("САLL МЕ").text()).isEqualTo("call me");
    }

    @Test
    void dropsInvisibleCharactersAndKeycaps() {
        assertThat(TextNormalizer.normalize("4\u200B1\uFEFF5").text()).isEqualTo("415");
        assertThat(TextNormalizer.normalize("4️⃣1️⃣").text()).isEqualTo("41");
    }

    @Test
    void foldsTypographicDashesAndQuotes() {
        assertThat(TextNormalizer.normalize("415–867—5309 5’6”").text()).isEqualTo("415-867-5309 5'6\"");
    }

    @Test
    void offsetsMapBackToTheOriginalText() {
        String original = "Ab 𝟒️⃣1 ①";
        NormalizedText folded = TextNormalizer.normalize(original);
        int four = folded.text().indexOf('4');
        assertThat(folded.originalText(four, four + 2)).isEqualTo("𝟒️⃣1");
        int one = folded.text().lastIndexOf('1');
        assertThat(folded.originalText(one, one + 1)).isEqualTo("①");
        assertThat(folded.originalStart(folded.length())).isEqualTo(original.length());
    }

    @Test
    void marksDisguisedCharactersButNotPlainOnes() {
        NormalizedText folded = TextNormalizer.normalize("415 ８67");
        assertThat(folded.anyDisguisedLetterOrDigit(0, 3)).isFalse();
        assertThat(folded.anyDisguisedLetterOrDigit(4, 7)).isTrue();
    }

    @Test
    void plainAsciiIsOnlyLowerCased() {
        String text = "Call 415-867-5309, $200/hr!";
        NormalizedText folded = TextNormalizer.normalize(text);
        assertThat(folded.text()).isEqualTo(text.toLowerCase());
        assertThat(folded.originalStart(5)).isEqualTo(5);
    }
}
