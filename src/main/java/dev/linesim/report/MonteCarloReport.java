package dev.linesim.report;

import dev.linesim.results.KpiEstimate;
import dev.linesim.results.MonteCarloResults;
import dev.linesim.results.SweepResults;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** A Monte Carlo study as text (its inputs, then each KPI's spread) and as a tidy CSV of every draw. */
public final class MonteCarloReport {
    private MonteCarloReport() {
    }

    public static String text(MonteCarloResults m) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "%s: Monte Carlo of %d input draws x %d replications each (%s)%n", m.scenario(),
                m.draws().size(), m.run().replications(), Titles.runSettings(m.run())));
        sb.append("Uncertain inputs:\n");
        m.inputs().forEach(i -> sb.append(String.format(Locale.ROOT, "  %-40s %s%n", i.path(), i.distribution())));
        sb.append('\n');
        for (String[] row : rows(m)) {
            sb.append(String.format(Locale.ROOT, "  %-38s %10s %10s %10s %10s %22s  %s%n", (Object[]) row));
        }
        return sb.toString();
    }

    /** Header, then one row per KPI: mean, P10, P50, P90, the share from the inputs, and the chance of clearing the bar. */
    public static List<String[]> rows(MonteCarloResults m) {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"KPI (over the draws' means)", "mean", "P10", "P50", "P90", "from inputs", "chance"});
        for (MonteCarloResults.Summary s : m.summaries()) {
            var f = s.kpi().format();
            String chance = Double.isNaN(s.threshold()) ? "" : String.format(Locale.ROOT, "P(%s %s %s) = %s",
                    s.kpi().key().endsWith("payback_years") ? "payback" : "NPV", s.kpi().key().endsWith("payback_years")
                            ? "<=" : ">", Numbers.mean(s.threshold(), f), Numbers.percent(s.shareAbove()));
            rows.add(new String[] {Titles.withUnit(s.kpi()), Numbers.mean(s.mean(), f), Numbers.mean(s.p10(), f),
                Numbers.mean(s.p50(), f), Numbers.mean(s.p90(), f), Numbers.percent(s.inputShare())
                        + (s.drawsDefined() < m.draws().size() ? " (" + s.drawsDefined() + " draws)" : ""), chance});
        }
        return rows;
    }

    /** One row per draw and KPI: the values drawn, then the KPI's mean and half-width over the inner replications. */
    public static String csv(MonteCarloResults m) {
        StringBuilder sb = new StringBuilder("draw,");
        m.inputs().forEach(i -> sb.append(Numbers.csv(i.path())).append(','));
        sb.append("kpi,unit,mean,half_width,n\n");
        int d = 0;
        for (SweepResults.Point p : m.draws()) {
            d++;
            for (KpiEstimate k : p.kpis()) {
                sb.append(d).append(',');
                p.values().forEach(v -> sb.append(Numbers.csv(v)).append(','));
                sb.append(String.join(",", List.of(k.key(), Numbers.csv(k.kpi().unit()), Numbers.csv(k.estimate().mean()),
                        Numbers.csv(k.estimate().halfWidth()), String.valueOf(k.estimate().n())))).append('\n');
            }
        }
        return sb.toString();
    }
}
