package org.palermo.core.text;

import java.util.HashMap;
import java.util.Map;

/**
 * Characters that ads use in place of ASCII letters, digits and punctuation and that NFKC does not fold: letters of
 * other scripts that look Latin, circled digits without a compatibility decomposition, keycap and number emoji,
 * typographic dashes and quotes. Keys are lower-case code points.
 */
final class Confusables {

    private static final Map<Integer, String> TABLE = build();

    private Confusables() {
    }

    static String of(int lowerCodePoint) {
        return TABLE.get(lowerCodePoint);
    }

    private static Map<Integer, String> build() {
        Map<Integer, String> map = new HashMap<>();
        // Cyrillic look-alikes (lower case; upper case is lowered before lookup).
        pairs(map, "аaвbеeёeкkмmнhоoрpсcтtуyхxѕsіiїiјjԁdԛqԝw");
        map.put((int) 'з', "3");
        map.put((int) 'б', "6");
        // Greek look-alikes.
        pairs(map, "αaβbεeηnιiκkοoρpτtυuχxνvωw");
        // IPA and small capitals that look Latin.
        pairs(map, "ɑaɡgɩiɪiʟlᴏoꞁlɵo");
        digitRange(map, 0x2776, 1); // dingbat negative circled 1-10
        digitRange(map, 0x2780, 1); // dingbat circled sans-serif 1-10
        digitRange(map, 0x278A, 1); // dingbat negative circled sans-serif 1-10
        digitRange(map, 0x24F5, 1); // double circled 1-10
        for (int k = 0; k < 10; k++) {
            map.put(0x24EB + k, String.valueOf(11 + k)); // negative circled 11-20
        }
        map.put(0x24FF, "0");
        map.put(0x1F10B, "0");
        map.put(0x1F10C, "0");
        map.put(0x1F51F, "10"); // keycap ten emoji
        map.put(0x20E3, ""); // combining enclosing keycap
        for (int cp : new int[] {0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2212, 0xFE58, 0xFE63, 0xFF0D}) {
            map.put(cp, "-");
        }
        for (int cp : new int[] {0x2018, 0x2019, 0x201B, 0x2032, 0x02BC, 0x00B4}) {
            map.put(cp, "'");
        }
        for (int cp : new int[] {0x201C, 0x201D, 0x201F, 0x2033, 0x02BA}) {
            map.put(cp, "\"");
        }
        return Map.copyOf(map);
    }

    private static void pairs(Map<Integer, String> map, String pairs) {
        for (int i = 0; i + 1 < pairs.length(); i += 2) {
            map.put((int) pairs.charAt(i), String.valueOf(pairs.charAt(i + 1)));
        }
    }

    private static void digitRange(Map<Integer, String> map, int first, int firstValue) {
        for (int k = 0; k < 10; k++) {
            int value = firstValue + k;
            map.put(first + k, value == 10 ? "10" : String.valueOf(value));
        }
    }
}
