package org.palermo.core.world;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.palermo.core.ads.Ad;
import org.palermo.core.identifiers.IdentifierType;

/** A linker or extractor is only as good as the truth it is scored on: the truth must match the ads. */
class GroundTruthOfGeneratedWorldTest {

    private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();
    private static WorldFixture.World world;

    @BeforeAll
    static void generate() {
        world = WorldFixture.generate(20_000, 7);
    }

    @Test
    void everyPlantedPhoneIsValidForItsCountry() throws NumberParseException {
        Set<String> phones = new HashSet<>();
        for (AdTruth truth : world.truths()) {
            for (PlantedIdentifier id : truth.identifiers()) {
                if (id.type() == IdentifierType.PHONE) {
                    phones.add(id.value());
                }
            }
        }
        assertThat(phones).hasSizeGreaterThan(1000);
        for (String phone : phones) {
            assertThat(phone).startsWith("+");
            assertThat(PHONES.isValidNumber(PHONES.parse(phone, null))).as(phone).isTrue();
        }
    }

    @Test
    void everyPlainPhoneIsWrittenWithItsDigitsInTheAd() throws NumberParseException {
        int checked = 0;
        for (int i = 0; i < world.ads().size(); i++) {
            String digits = world.ads().get(i).text().replaceAll("[^0-9\n]", "");
            for (PlantedIdentifier id : world.truths().get(i).identifiers()) {
                if (id.type() == IdentifierType.PHONE && !id.obfuscated()) {
                    assertThat(digits).as(world.ads().get(i).text()).contains(nationalNumber(id.value()));
                    checked++;
                }
            }
        }
        assertThat(checked).isGreaterThan(15_000);
    }

    @Test
    void everyDisguisedPhoneCanStillBeReadFromTheAd() throws NumberParseException {
        int checked = 0;
        for (int i = 0; i < world.ads().size(); i++) {
            Ad ad = world.ads().get(i);
            for (PlantedIdentifier id : world.truths().get(i).identifiers()) {
                if (id.type() == IdentifierType.PHONE && id.obfuscated()) {
                    assertThat(WorldFixture.phoneRecoverable(ad, nationalNumber(id.value())))
                            .as(id.value() + " in\n" + ad.text()).isTrue();
                    checked++;
                }
            }
        }
        assertThat(checked).isGreaterThan(2_000);
    }

    @Test
    void plainEmailsHandlesPaymentsAndUrlsAppearAsWritten() {
        for (int i = 0; i < world.ads().size(); i++) {
            String text = world.ads().get(i).text().toLowerCase(Locale.ROOT);
            for (PlantedIdentifier id : world.truths().get(i).identifiers()) {
                if (id.obfuscated() || id.type() == IdentifierType.PHONE) {
                    continue;
                }
                String visible = id.type() == IdentifierType.HANDLE || id.type() == IdentifierType.PAYMENT
                        ? id.value().substring(id.value().indexOf(':') + 1) : id.value();
                assertThat(text).as(id.toString()).contains(visible);
            }
        }
    }

    @Test
    void eachNetworkIsOneComponentThroughSharedIdentifiersOrTemplates() {
        Map<String, List<Integer>> adsByNetwork = new HashMap<>();
        for (int i = 0; i < world.truths().size(); i++) {
            adsByNetwork.computeIfAbsent(world.truths().get(i).networkId(), k -> new ArrayList<>()).add(i);
        }
        int[] parent = new int[world.truths().size()];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
        }
        Map<String, Integer> firstAdWithKey = new HashMap<>();
        for (int i = 0; i < world.truths().size(); i++) {
            AdTruth truth = world.truths().get(i);
            union(parent, i, firstAdWithKey.computeIfAbsent("template:" + truth.templateId(), k -> -1), firstAdWithKey,
                    "template:" + truth.templateId());
            for (PlantedIdentifier id : truth.identifiers()) {
                if (!id.hub()) {
                    String key = id.type().code() + ":" + id.value();
                    union(parent, i, firstAdWithKey.computeIfAbsent(key, k -> -1), firstAdWithKey, key);
                }
            }
        }
        for (List<Integer> ads : adsByNetwork.values()) {
            int root = find(parent, ads.get(0));
            for (int ad : ads) {
                assertThat(find(parent, ad)).isEqualTo(root);
            }
        }
        assertThat(adsByNetwork.size()).isGreaterThan(1000);
    }

    @Test
    void nonHubIdentifiersNeverJoinTwoNetworksAndHubsJoinSeveral() {
        Map<String, Set<String>> networksByKey = new HashMap<>();
        Set<String> hubKeys = new HashSet<>();
        for (AdTruth truth : world.truths()) {
            for (PlantedIdentifier id : truth.identifiers()) {
                String key = id.type().code() + ":" + id.value();
                networksByKey.computeIfAbsent(key, k -> new HashSet<>()).add(truth.networkId());
                if (id.hub()) {
                    hubKeys.add(key);
                }
            }
        }
        networksByKey.forEach((key, networks) -> {
            if (!hubKeys.contains(key)) {
                assertThat(networks).as(key).hasSize(1);
            }
        });
        assertThat(hubKeys).isNotEmpty();
        long wideHubs = hubKeys.stream().filter(k -> networksByKey.get(k).size() >= 3).count();
        assertThat(wideHubs).isGreaterThanOrEqualTo(3);
    }

    @Test
    void onlyStockImagesAreSharedAcrossNetworks() {
        Map<String, Set<String>> networksByImage = new HashMap<>();
        for (int i = 0; i < world.ads().size(); i++) {
            for (String image : world.ads().get(i).images()) {
                networksByImage.computeIfAbsent(image, k -> new HashSet<>()).add(world.truths().get(i).networkId());
            }
        }
        Set<String> shared = new HashSet<>();
        networksByImage.forEach((image, networks) -> {
            if (networks.size() > 1) {
                shared.add(image);
            }
        });
        assertThat(shared).isNotEmpty().isSubsetOf(Hubs.stockImages());
    }

    @Test
    void minorsAreOnlyControlledVictims() {
        long minors = 0;
        for (AdTruth truth : world.truths()) {
            if (truth.minor()) {
                minors++;
                assertThat(truth.kind()).isEqualTo(ActorKind.CONTROLLED);
                assertThat(truth.victimId()).isNotNull();
            }
        }
        assertThat(minors).isPositive();
    }

    @Test
    void adIdsAreUniqueAndAdsArriveInPostingOrder() {
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < world.ads().size(); i++) {
            Ad ad = world.ads().get(i);
            assertThat(ids.add(ad.id())).as(ad.id()).isTrue();
            assertThat(world.truths().get(i).adId()).isEqualTo(ad.id());
            if (i > 0) {
                assertThat(ad.postedAt()).isAfterOrEqualTo(world.ads().get(i - 1).postedAt());
            }
        }
    }

    @Test
    void tipsAndCaseRecordsReferToActorsAndPeopleOfTheWorld() {
        Set<String> networks = new HashSet<>();
        Set<String> victims = new HashSet<>();
        for (AdTruth truth : world.truths()) {
            networks.add(truth.networkId());
            victims.add(truth.victimId());
        }
        assertThat(world.tips()).hasSize(300);
        long aboutSomething = world.tips().stream().filter(t -> t.truthNetwork() != null).count();
        assertThat(aboutSomething).isBetween(200L, 290L);
        for (Tip tip : world.tips()) {
            if (tip.truthNetwork() != null) {
                assertThat(networks).contains(tip.truthNetwork());
            }
        }
        assertThat(world.people()).hasSize(300);
        for (CaseRecord person : world.people()) {
            assertThat(victims).contains(person.victimId());
            assertThat(person.consentRequired()).isEqualTo(!person.minor());
        }
    }

    private static String nationalNumber(String e164) throws NumberParseException {
        Phonenumber.PhoneNumber number = PHONES.parse(e164, null);
        return PHONES.getNationalSignificantNumber(number);
    }

    private static void union(int[] parent, int ad, int first, Map<String, Integer> firstAdWithKey, String key) {
        if (first < 0) {
            firstAdWithKey.put(key, ad);
            return;
        }
        parent[find(parent, ad)] = find(parent, first);
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }
}
