package org.palermo.core.identifiers;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.palermo.core.text.TextNormalizer;

/**
 * Work grows linearly with the input, even on input built to hurt: the expensive step (a libphonenumber
 * validation) is counted and must grow at most proportionally when the input grows tenfold; and a megabyte of
 * such input completes (the timeout only guards the build against a hang, it measures no speed).
 */
class ExtractionStaysLinearTest {

    private static final String[] HOSTILE = {
        "1 2 3 4 5 6 7 8 9 0 ", "4158675309 ", "one two three four five six seven eight nine ", "1-1-1-1-1-1-",
        "oh to for ate o ", "@a@a@a@a ", "$a$b$c ", "a at b dot c at d dot ", "www.a.b.c.d.e.", "ig: ig: ig: ",
        "((((((((", "4l5o4l5o4l5o", "12/12/12/12/", "5'6 5'6 ", "\u200B\u20E34\uFE0F", "x.com/", "[at][dot]",
    };

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16})
    void validationsGrowAtMostLinearly(int which) {
        String unit = HOSTILE[which];
        long small = validations(unit.repeat(200));
        long large = validations(unit.repeat(2000));
        assertThat(large).isLessThanOrEqualTo(Math.round(10.5 * small) + 100);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16})
    void megabyteOfHostileTextCompletes(int which) {
        String text = HOSTILE[which].repeat(1_000_000 / HOSTILE[which].length());
        List<Identifier> found = Assertions.assertTimeoutPreemptively(Duration.ofSeconds(120),
                () -> Extraction.EXTRACTOR.extract(text, "US"));
        assertThat(found).allSatisfy(id -> assertThat(id.end()).isLessThanOrEqualTo(text.length()));
    }

    private static long validations(String text) {
        AtomicLong count = new AtomicLong();
        PhoneScanner scanner = new PhoneScanner((digits, plus, wholeRun, region) -> {
            count.incrementAndGet();
            PhoneNumber number = PhoneValidator.validate(digits, plus, wholeRun, region);
            return number;
        });
        scanner.scan(TextNormalizer.normalize(text), "US", new ArrayList<>());
        return count.get();
    }
}
