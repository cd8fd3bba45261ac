package org.palermo.core.linking;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IncrementalLinkingEqualsFullRunTest {

    @TempDir
    Path state;

    private static LinkingWorld world() {
        LinkingWorld world = new LinkingWorld(99);
        for (int op = 0; op < 30; op++) {
            world.operator("op" + op, 1 + op % 3, 4 + op % 9, 3, op % 4 == 0 ? "+15550000001" : null, 0.3);
        }
        return world;
    }

    @Test
    void threeBatchesThroughTheStateFileGiveTheSamePartitionAndIdsAsOneRun() throws IOException {
        List<LinkInput> all = world().inputs;
        LinkResult full = new Linker(new LinkIndex(LinkSettings.defaults())).linkInputs(all);

        int[] cuts = {0, all.size() / 3, all.size() / 2, all.size()};
        LinkResult last = null;
        for (int b = 0; b < 3; b++) {
            LinkIndex index = LinkIndexFile.exists(state) ? LinkIndexFile.read(state)
                    : new LinkIndex(LinkSettings.defaults());
            last = new Linker(index).linkInputs(all.subList(cuts[b], cuts[b + 1]));
            LinkIndexFile.write(index, state);
        }

        assertThat(ids(last, true)).isEqualTo(ids(full, true));
        assertThat(ids(last, false)).isEqualTo(ids(full, false));
        assertThat(last.partition().hubs()).isEqualTo(full.partition().hubs());
    }

    @Test
    void theStateFileRoundTripsTheIndex() throws IOException {
        LinkIndex index = new LinkIndex(LinkSettings.defaults());
        LinkResult before = new Linker(index).linkInputs(world().inputs);
        LinkIndexFile.write(index, state);

        LinkIndex read = LinkIndexFile.read(state);
        LinkResult after = new Linker(read).link(List.of());

        assertThat(read.size()).isEqualTo(index.size());
        assertThat(ids(after, false)).isEqualTo(ids(before, false));
        assertThat(new NetworkSummaries(after).describe(0)).isEqualTo(new NetworkSummaries(before).describe(0));
    }

    private static List<String> ids(LinkResult result, boolean templates) {
        List<String> out = new ArrayList<>();
        for (int ad = 0; ad < result.end(); ad++) {
            out.add(templates ? result.templateOf(ad) : result.networkOf(ad));
        }
        return out;
    }
}
