package org.palermo.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The one-pass scan of an ASCII text: its lower-cased text, its words with their kinds, and its folding. */
class AsciiScanOfAPageTest {

    @Test
    void findsTheWordsWithTheirKindsAndFoldsThem() {
        AsciiScan scan = AsciiScan.of("  Call ME: 555-0199, ask4 Anna!!");

        assertThat(new String(scan.lowered())).isEqualTo("  call me: 555-0199, ask4 anna!!");
        assertThat(scan.words()).isEqualTo(6);
        assertThat(scan.start(0)).isEqualTo(2);
        assertThat(scan.end(0)).isEqualTo(6);
        assertThat(scan.kinds(0)).isEqualTo(AsciiScan.LETTER);
        assertThat(scan.start(2)).isEqualTo(11);
        assertThat(scan.end(2)).isEqualTo(14);
        assertThat(scan.kinds(2)).isEqualTo(AsciiScan.DIGIT);
        assertThat(scan.kinds(4)).isEqualTo(AsciiScan.DIGIT | AsciiScan.LETTER);
        assertThat(scan.end(5)).isEqualTo(30);
        assertThat(new String(scan.folded(), 0, scan.foldedLength())).isEqualTo("call me 555 0199 ask4 anna");
    }

    @Test
    void aTextThatEndsInAWordKeepsItsLastBound() {
        AsciiScan scan = AsciiScan.of("Hi there");

        assertThat(scan.words()).isEqualTo(2);
        assertThat(scan.end(1)).isEqualTo(8);
        assertThat(new String(scan.folded(), 0, scan.foldedLength())).isEqualTo("hi there");
    }

    @Test
    void textsWithoutWordsFoldToNothing() {
        assertThat(AsciiScan.of("").words()).isZero();
        AsciiScan separators = AsciiScan.of(" .,!? ");
        assertThat(separators.words()).isZero();
        assertThat(separators.foldedLength()).isZero();
    }

    @Test
    void leavesTextsWithAnyOtherCharToTheGeneralFolding() {
        assertThat(AsciiScan.of("café")).isNull();
        assertThat(AsciiScan.of("call me \u260E")).isNull();
        assertThat(AsciiScan.of("\u00A0")).isNull();
    }
}
