package org.palermo.app.link;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.palermo.app.io.AdJson;
import org.palermo.app.io.InputLine;
import org.palermo.app.io.LineReader;
import org.palermo.core.linking.LinkResult;
import org.palermo.core.linking.Linker;
import org.palermo.core.linking.TemplateText;

/**
 * Display texts of the templates of a batch: a second pass over the input picks up to {@value #SAMPLES} member
 * texts per template of two or more ads, and {@link TemplateText} aligns them. Texts are not kept in the index,
 * so templates whose members all came in earlier batches have no text in later runs.
 */
public final class TemplateSamples {

    static final int SAMPLES = 6;

    private TemplateSamples() {
    }

    public static Map<String, String> texts(LinkResult result, LinkInputReader lines, AdJson json,
            InputStream input) throws IOException {
        int[] template = result.partition().templates();
        int[] size = new int[template.length];
        for (int root : template) {
            size[root]++;
        }
        int[] taken = new int[template.length];
        Map<Integer, List<String>> samples = new HashMap<>();
        try (LineReader reader = new LineReader(input)) {
            InputLine line;
            int position = 0;
            while ((line = reader.next()) != null) {
                int ad = position < lines.lines() ? lines.adOfLine(position) : -1;
                position++;
                if (ad < result.first() || size[template[ad]] < 2 || taken[template[ad]] >= SAMPLES) {
                    continue;
                }
                AdJson.Parsed parsed = json.parse(line.text());
                if (parsed.ok()) {
                    taken[template[ad]]++;
                    samples.computeIfAbsent(template[ad], k -> new ArrayList<>()).add(parsed.ad().text());
                }
            }
        }
        Map<String, String> texts = new HashMap<>();
        samples.forEach((root, list) -> texts.put(Linker.templateId(root), TemplateText.of(list)));
        return texts;
    }
}
