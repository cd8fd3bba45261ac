package org.palermo.core.world;

import static org.palermo.core.world.TemplateWriter.pick;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** Writes potential-victim case records for people seen in ads, loosely after HTCDS v2.0. */
final class CaseWriter {

    private static final String[] RECRUITMENT = {"deception", "deception", "deception", "deception", "deception",
        "lover_boy", "lover_boy", "lover_boy", "lover_boy", "job_offer", "job_offer", "job_offer", "job_offer", "debt",
        "debt", "abuse_of_vulnerability", "abuse_of_vulnerability", "family", "abduction"};
    private static final String[] CONTROL = {"takes_earnings", "restricts_movement", "threats", "psychological_abuse",
        "withholds_documents", "false_promises", "excessive_working_hours", "physical_abuse", "psychoactive_substances",
        "restricts_financial_access", "debt_bondage"};
    private static final String[] RESPONDERS = {"police", "police", "police", "ngo", "ngo", "ngo", "ngo",
        "local_authority", "health", "hotline"};
    private static final String[] NEEDS = {"safe_housing", "medical", "mental_health", "legal_aid", "financial",
        "family_tracing", "employment", "education"};

    private CaseWriter() {
    }

    static CaseRecord write(int number, Sighting seen, SplittableRandom random) {
        Person person = seen.person();
        boolean trafficked = seen.kind() == ActorKind.CONTROLLED;
        boolean foreign = !person.nationality().equals(seen.city().country());
        String recruitment = trafficked ? pick(RECRUITMENT, random) : "none";
        List<String> control = new ArrayList<>();
        if (trafficked) {
            add(control, "takes_earnings", 0.8, random);
            add(control, "debt_bondage", recruitment.equals("debt") ? 1.0 : 0.2, random);
            add(control, "false_promises", recruitment.equals("deception") || recruitment.equals("job_offer") ? 0.9
                    : 0.1, random);
            add(control, "withholds_documents", foreign ? 0.6 : 0.1, random);
            add(control, pick(CONTROL, random), 1.0, random);
        }
        String responder = foreign && random.nextDouble() < 0.1 ? "border_force" : pick(RESPONDERS, random);
        List<String> needs = new ArrayList<>();
        add(needs, "safe_housing", trafficked ? 0.8 : 0.2, random);
        add(needs, "interpreter", foreign ? 0.7 : 0.0, random);
        add(needs, "immigration_advice", foreign ? 0.8 : 0.0, random);
        add(needs, "education", person.minor() ? 0.9 : 0.05, random);
        int extra = 1 + random.nextInt(3);
        for (int i = 0; i < extra; i++) {
            add(needs, pick(NEEDS, random), 1.0, random);
        }
        boolean consent = random.nextDouble() < (trafficked ? 0.7 : 0.4);
        return new CaseRecord("case-" + Actor.pad(number, 5), person.id(), seen.networkId(), seen.kind(), trafficked,
                person.age(), person.minor(), "female", person.nationality(), seen.city().name(),
                seen.city().country(), recruitment, control, responder, !person.minor(), consent, needs);
    }

    private static void add(List<String> list, String value, double probability, SplittableRandom random) {
        if (random.nextDouble() < probability && !list.contains(value)) {
            list.add(value);
        }
    }
}
