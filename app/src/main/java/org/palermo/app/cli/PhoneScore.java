package org.palermo.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Micro-averaged precision and recall of extracted phone numbers against ground truth, per ad as sets. In the
 * digits mode an extracted E.164 number matches a true number written as digits when its digits or its national
 * significant number equal them (the DIG {@code text_ext_gt} lists numbers as written, with or without the
 * country code); in the strict mode E.164 strings must be equal.
 */
final class PhoneScore {

    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();

    private int truth;
    private int predicted;
    private int matchedTruth;
    private int matchedPredicted;

    void add(List<String> extracted, List<String> expected, boolean strict) {
        Set<String> found = new LinkedHashSet<>(extracted);
        Set<String> wanted = new LinkedHashSet<>(expected);
        truth += wanted.size();
        predicted += found.size();
        List<String> unmatched = new ArrayList<>(found);
        for (String want : wanted) {
            for (String got : unmatched) {
                if (matches(got, want, strict)) {
                    matchedTruth++;
                    matchedPredicted++;
                    unmatched.remove(got);
                    break;
                }
            }
        }
    }

    private static boolean matches(String e164, String expected, boolean strict) {
        if (strict) {
            return e164.equals(expected);
        }
        String digits = e164.substring(1);
        return digits.equals(expected) || nationalNumber(e164).equals(expected);
    }

    private static String nationalNumber(String e164) {
        try {
            return UTIL.getNationalSignificantNumber(UTIL.parse(e164, "ZZ"));
        } catch (NumberParseException e) {
            return "";
        }
    }

    int truth() {
        return truth;
    }

    int predicted() {
        return predicted;
    }

    double precision() {
        return predicted == 0 ? 1.0 : (double) matchedPredicted / predicted;
    }

    double recall() {
        return truth == 0 ? 1.0 : (double) matchedTruth / truth;
    }

    double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    ObjectNode toJson(ObjectMapper mapper) {
        ObjectNode json = mapper.createObjectNode();
        json.put("truth", truth);
        json.put("predicted", predicted);
        json.put("truePositives", matchedTruth);
        json.put("precision", precision());
        json.put("recall", recall());
        json.put("f1", f1());
        return json;
    }
}
