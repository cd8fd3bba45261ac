package org.palermo.core.identifiers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.palermo.core.identifiers.Extraction.onlyPhone;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PhoneWrittenWithUnicodeFormsTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "４１５－８６７－５３０９", // fullwidth
        "④①⑤ ⑧⑥⑦ ⑤③⓪⑨", // circled
        "❹❶❺ ❽❻❼ ❺❸⓿❾", // negative circled dingbats
        "➃➀➄ ➇➅➆ ➄➂0➈", // sans-serif circled dingbats
        "𝟒𝟏𝟓 𝟖𝟔𝟕 𝟓𝟑𝟎𝟗", // mathematical bold
        "𝟺𝟷𝟻-𝟾𝟼𝟽-𝟻𝟹𝟶𝟿", // mathematical monospace
        "4️⃣1️⃣5️⃣8️⃣6️⃣7️⃣5️⃣3️⃣0️⃣9️⃣", // keycap emoji
        "٤١٥ ٨٦٧ ٥٣٠٩", // Arabic-Indic
        "४१५ ८६७ ५३०९", // Devanagari
        "4\u200B1\u200B5 867 5309", // zero-width spaces
        "41５ 8б7 53О9", // Cyrillic be for 6, Cyrillic O for 0
        "415 ⁸⁶⁷ 5309", // superscripts
    })
    void readsUnicodeDigitFormsAndFlagsThemObfuscated(String written) {
        String text = "Call me " + written + " xoxo";
        Identifier phone = onlyPhone(text);
        assertThat(phone.value()).isEqualTo("+14158675309");
        assertThat(phone.obfuscated()).isTrue();
        assertThat(text.substring(phone.start(), phone.end())).isEqualTo(phone.text());
        assertThat(phone.text()).startsWith(written.substring(0, 1)).endsWith(written.substring(written.length() - 1));
    }
}
