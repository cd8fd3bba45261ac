package org.palermo.core.evaluation;

/** Scores predicted templates and networks against the world's truth by pair counting. */
public final class LinkEvaluation {

    private final PairCounts templates = new PairCounts();
    private final PairCounts networks = new PairCounts();
    private long missingPredictions;

    /**
     * Adds one ad. A missing prediction ({@code null} labels) puts the ad in a cluster of its own, so it counts
     * against recall and never for precision.
     */
    public void add(String adId, String truthTemplate, String truthNetwork, String predictedTemplate,
                    String predictedNetwork) {
        if (predictedTemplate == null || predictedNetwork == null) {
            missingPredictions++;
        }
        String alone = "\u0000missing:" + adId;
        templates.add(truthTemplate, predictedTemplate == null ? alone : predictedTemplate);
        networks.add(truthNetwork, predictedNetwork == null ? alone : predictedNetwork);
    }

    public LinkReport report() {
        return new LinkReport(missingPredictions, templates.result(), networks.result());
    }

    public record LinkReport(long missingPredictions, PairCounts.Result templates, PairCounts.Result networks) {
    }
}
