package dev.linesim.regression;

import dev.linesim.results.Kpi;
import dev.linesim.stats.Estimate;

/**
 * One KPI of one scenario, checked against its baseline.
 *
 * @param kpi          the KPI
 * @param baseline     its estimate in the baseline
 * @param current      its estimate now
 * @param difference   current minus baseline, with its 95 % CI (paired or Welch)
 * @param paired       whether the replications were paired (same seed and replications as the baseline)
 * @param tolerance    how far it may move
 * @param verdict      pass, fail or inconclusive
 * @param replications for an inconclusive verdict, the replications that would likely decide it; else 0
 */
public record KpiVerdict(Kpi kpi, Estimate baseline, Estimate current, Estimate difference, boolean paired,
                         Tolerance tolerance, Verdict verdict, int replications) {

    /** The outcome of a check. */
    public enum Verdict {
        /** The difference's CI lies inside ± the tolerance: equivalence shown. */
        PASS,
        /** The difference is significant and larger than the tolerance. */
        FAIL,
        /** Neither yet: more replications would decide. */
        INCONCLUSIVE;

        public String label() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
