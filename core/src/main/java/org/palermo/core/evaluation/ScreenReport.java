package org.palermo.core.evaluation;

import java.util.Map;
import org.palermo.core.identifiers.IdentifierType;

/**
 * The figures of one screening evaluation.
 *
 * @param auc            ROC AUC of risk, controlled ads against all others
 * @param bands          per band threshold ("high": band is high; "medium": band is medium or high)
 * @param youthRecall    minors' ads on which an indicator of category YOUTH fired
 * @param identifiers    all identifiers: precision and recall by exact normalised value
 * @param obfuscated     precision among identifiers the screener marked obfuscated; recall among those the truth
 *                       marks obfuscated
 */
public record ScreenReport(
        long ads,
        long missingPredictions,
        long controlledAds,
        double auc,
        Map<String, BandFigures> bands,
        Ratio youthRecall,
        IdentifierFigures identifiers,
        IdentifierFigures obfuscated,
        Map<IdentifierType, IdentifierFigures> identifiersByType) {

    public ScreenReport {
        bands = Map.copyOf(bands);
        identifiersByType = Map.copyOf(identifiersByType);
    }

    /**
     * @param precision                controlled ads among the ads flagged at this band
     * @param recall                   flagged ads among controlled ads
     * @param independentFalsePositive flagged ads among independent workers' ads
     */
    public record BandFigures(Ratio precision, Ratio recall, Ratio independentFalsePositive) {
    }

    public record IdentifierFigures(Ratio precision, Ratio recall) {
    }
}
