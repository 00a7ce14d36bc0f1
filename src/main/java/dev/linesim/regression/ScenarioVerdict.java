package dev.linesim.regression;

import java.util.List;

/**
 * A scenario checked against its baseline.
 *
 * @param scenario  scenario name
 * @param mode      {@code statistical} or {@code exact}
 * @param kpis      the stochastic KPIs, each with its verdict (statistical mode)
 * @param exact     the deterministic figures (capex, fates, reuse): differences found, empty when equal to the cent
 * @param digest    exact mode: the KPIs that differ, in catalogue order, empty when the digests are equal
 * @param note      one line on how the comparison was made (paired or Welch, replications, versions)
 */
public record ScenarioVerdict(String scenario, String mode, List<KpiVerdict> kpis, List<String> exact, List<String> digest,
                              String note) {
    public ScenarioVerdict {
        kpis = List.copyOf(kpis);
        exact = List.copyOf(exact);
        digest = List.copyOf(digest);
    }

    public long count(KpiVerdict.Verdict v) {
        return kpis.stream().filter(k -> k.verdict() == v).count();
    }

    /** Whether anything moved beyond its tolerance (or, strictly, could not be shown not to). */
    public boolean regressed(boolean strict) {
        return !exact.isEmpty() || !digest.isEmpty() || count(KpiVerdict.Verdict.FAIL) > 0
                || (strict && count(KpiVerdict.Verdict.INCONCLUSIVE) > 0);
    }
}
