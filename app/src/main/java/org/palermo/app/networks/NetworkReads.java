package org.palermo.app.networks;

import java.util.ArrayList;
import java.util.List;
import org.palermo.app.audit.AuditLog;
import org.palermo.app.review.Labels;
import org.palermo.app.security.Actor;
import org.palermo.app.web.NotFoundException;
import org.palermo.app.web.Page;
import org.palermo.app.web.Paging;
import org.palermo.core.linking.NetworkSummary;

/** Lists and shows networks. Networks name ads and identifiers (personal data): every read is audited first. */
public class NetworkReads {

    /** Which parts of a network to show: one page each of members, identifiers and edges. */
    public record Parts(Paging members, Paging identifiers, Paging edges) {}

    private final ServerLinking linking;
    private final Labels labels;
    private final AuditLog audit;
    private final MemberTexts texts;

    NetworkReads(ServerLinking linking, Labels labels, AuditLog audit, MemberTexts texts) {
        this.texts = texts;
        this.linking = linking;
        this.labels = labels;
        this.audit = audit;
    }

    public Page<NetworkRow> search(int minSize, String city, Paging paging, Actor actor, String reason) {
        List<NetworkRow> matching = linking.ranked().stream()
                .filter(n -> n.size() >= minSize)
                .filter(n -> city == null || n.cities().stream().anyMatch(c -> c.equalsIgnoreCase(city)))
                .skip(paging.offset())
                .limit(paging.size() + 1L)
                .toList();
        Page<NetworkRow> page = Page.of(matching, paging.page(), paging.size());
        audit.append(actor.describe(), "networks.search", "minSize=" + minSize + (city == null ? "" : " city=" + city)
                + " page " + paging.page() + " -> " + page.items().size() + " networks "
                + page.items().stream().map(NetworkRow::id).toList(), reason);
        return page;
    }

    public NetworkDetail detail(String id, Parts parts, Actor actor, String reason) {
        ServerLinking.Described described = linking.describe(id).orElseThrow(() -> new NotFoundException(
                linking.mergedInto(id).map(keeper -> "network " + id + " (merged into " + keeper + ")")
                        .orElse("network " + id)));
        NetworkSummary s = described.summary();
        List<NetworkDetail.Member> members = new ArrayList<>(s.ads().size());
        for (int i = 0; i < s.ads().size(); i++) {
            members.add(new NetworkDetail.Member(Long.parseLong(s.ads().get(i)), described.memberTemplates().get(i)));
        }
        Page<NetworkDetail.Member> memberPage = slice(members, parts.members());
        NetworkDetail detail = new NetworkDetail(s.id(), s.ads().size(), s.templates().size(), memberPage,
                slice(s.identifiers(), parts.identifiers()), slice(s.edges(), parts.edges()), s.cities(), s.persons(),
                s.features(), s.risk(), linking.absorbedBy(s.id()), s.cutHubs(), labels(s.id()),
                texts.of(members, memberPage.items()));
        audit.append(actor.describe(), "networks.read", "network " + s.id() + " members page "
                + parts.members().page() + " -> ads " + memberPage.items().stream().map(NetworkDetail.Member::id)
                .toList() + ", identifiers page " + parts.identifiers().page() + ", edges page "
                + parts.edges().page(), reason);
        return detail;
    }

    private static <T> Page<T> slice(List<T> all, Paging paging) {
        int from = (int) Math.min(all.size(), (long) paging.offset());
        int to = (int) Math.min(all.size(), (long) from + paging.size() + 1);
        return Page.of(all.subList(from, to), paging.page(), paging.size());
    }

    private List<NetworkDetail.LabelView> labels(String networkId) {
        return labels.of(Labels.Subject.NETWORK, networkId).stream()
                .map(l -> new NetworkDetail.LabelView(l.id(), l.label().name(), l.reason(), l.username(),
                        l.labelledAt()))
                .toList();
    }

}
