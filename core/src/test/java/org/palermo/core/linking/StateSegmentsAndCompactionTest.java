package org.palermo.core.linking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StateSegmentsAndCompactionTest {

    @TempDir
    Path state;

    private static List<LinkInput> world() {
        LinkingWorld world = new LinkingWorld(7);
        for (int op = 0; op < 30; op++) {
            world.operator("op" + op, 1 + op % 3, 4 + op % 9, 3, op % 4 == 0 ? "+15550000001" : null, 0.3);
        }
        return world.inputs;
    }

    /** Links the world as a base of two thirds of the ads and then batches of {@code batch} ads, each through the state. */
    private LinkResult throughTheState(List<LinkInput> all, int batch) throws IOException {
        int base = all.size() * 2 / 3;
        LinkResult last = linkOnce(all.subList(0, base));
        for (int from = base; from < all.size(); from += batch) {
            last = linkOnce(all.subList(from, Math.min(all.size(), from + batch)));
        }
        return last;
    }

    private LinkResult linkOnce(List<LinkInput> batch) throws IOException {
        LinkIndex index = LinkIndexFile.exists(state) ? LinkIndexFile.read(state)
                : new LinkIndex(LinkSettings.defaults());
        LinkResult result = new Linker(index).linkInputs(batch);
        LinkIndexFile.write(index, state);
        return result;
    }

    @Test
    void smallBatchesAreAppendedAsSegmentsAndReadBackLikeAFullRun() throws IOException {
        List<LinkInput> all = world();
        LinkResult full = new Linker(new LinkIndex(LinkSettings.defaults())).linkInputs(all);

        LinkResult last = throughTheState(all, all.size() / 12);
        LinkResult reread = new Linker(LinkIndexFile.read(state)).link(List.of());

        assertThat(segments()).isNotEmpty();
        assertThat(ids(last, true)).isEqualTo(ids(full, true));
        assertThat(ids(reread, false)).isEqualTo(ids(full, false));
        assertThat(reread.partition().hubs()).isEqualTo(full.partition().hubs());
        assertThat(new NetworkSummaries(reread).describe(0)).isEqualTo(new NetworkSummaries(full).describe(0));
    }

    @Test
    void compactionFoldsTheSegmentsIntoTheBaseWithTheSameResult() throws IOException {
        List<LinkInput> all = world();
        LinkResult full = new Linker(new LinkIndex(LinkSettings.defaults())).linkInputs(all);
        throughTheState(all, all.size() / 12);
        assertThat(segments()).isNotEmpty();

        LinkIndexFile.compact(LinkIndexFile.read(state), state);
        LinkResult compacted = new Linker(LinkIndexFile.read(state)).link(List.of());

        assertThat(segments()).isEmpty();
        assertThat(ids(compacted, true)).isEqualTo(ids(full, true));
        assertThat(ids(compacted, false)).isEqualTo(ids(full, false));
        assertThat(compacted.partition().hubs()).isEqualTo(full.partition().hubs());
    }

    @Test
    void manyBatchesCompactThemselvesAndStillEqualAFullRun() throws IOException {
        List<LinkInput> all = world();
        LinkResult full = new Linker(new LinkIndex(LinkSettings.defaults())).linkInputs(all);

        LinkResult last = throughTheState(all, Math.max(1, all.size() / 40));

        assertThat(segments()).hasSizeLessThanOrEqualTo(LinkIndexFile.MAX_SEGMENTS);
        assertThat(ids(last, true)).isEqualTo(ids(full, true));
        assertThat(ids(last, false)).isEqualTo(ids(full, false));
    }

    @Test
    void leftoversOfAnInterruptedWriteAndStaleSegmentsAreIgnored() throws IOException {
        List<LinkInput> all = world();
        int half = all.size() / 2;
        linkOnce(all.subList(0, half));
        LinkResult before = new Linker(LinkIndexFile.read(state)).link(List.of());
        Files.write(state.resolve(LinkIndexFile.segmentName(1, 1) + ".tmp"), new byte[] {1, 2, 3});
        Files.write(state.resolve(LinkIndexFile.segmentName(0, 1)), new byte[] {4, 5, 6});
        Files.write(state.resolve(LinkIndexFile.FILE_NAME + ".tmp"), new byte[] {7});

        LinkResult after = new Linker(LinkIndexFile.read(state)).link(List.of());

        assertThat(after.end()).isEqualTo(half);
        assertThat(ids(after, false)).isEqualTo(ids(before, false));
    }

    @Test
    void aTruncatedSegmentIsRefusedRatherThanReadAsPartOfTheIndex() throws IOException {
        List<LinkInput> all = world();
        throughTheState(all, all.size() / 4);
        Path segment = state.resolve(LinkIndexFile.segmentName(1, 1));
        byte[] bytes = Files.readAllBytes(segment);
        Files.write(segment, java.util.Arrays.copyOf(bytes, bytes.length / 2));

        assertThatThrownBy(() -> LinkIndexFile.read(state)).isInstanceOf(IOException.class);
    }

    @Test
    void aStateOfAnUnknownFormatVersionIsRefusedWithTheVersionNamed() throws IOException {
        Files.createDirectories(state);
        try (DataOutputStream out = new DataOutputStream(Files.newOutputStream(state.resolve(LinkIndexFile.FILE_NAME)))) {
            out.writeInt(LinkIndexFile.MAGIC);
            out.writeInt(2);
        }

        assertThatThrownBy(() -> LinkIndexFile.read(state)).isInstanceOf(IOException.class)
                .hasMessageContaining("format version 2").hasMessageContaining("relink");
    }

    private List<Path> segments() throws IOException {
        try (var files = Files.list(state)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".seg")).toList();
        }
    }

    private static List<String> ids(LinkResult result, boolean templates) {
        List<String> out = new ArrayList<>();
        for (int ad = 0; ad < result.end(); ad++) {
            out.add(templates ? result.templateOf(ad) : result.networkOf(ad));
        }
        return out;
    }
}
