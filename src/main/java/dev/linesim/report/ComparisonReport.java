package dev.linesim.report;

import dev.linesim.results.ComparisonResults;
import dev.linesim.results.RunResults;
import dev.linesim.stats.Estimate;
import java.util.List;
import java.util.Locale;

/** A comparison as text (each scenario, and its paired difference to the first with a 95 % CI) and tidy CSV. */
public final class ComparisonReport {
    private ComparisonReport() {
    }

    public static String text(ComparisonResults c) {
        RunResults first = c.reference();
        StringBuilder sb = new StringBuilder();
        sb.append("Compared with common random numbers: ").append(Titles.runSettings(first.run())).append(".\n");
        sb.append("Differences are each scenario minus ").append(c.label(0))
                .append(", from paired replications; * marks a 95% CI that excludes zero.\n\n");
        for (ComparisonResults.ComparedKpi m : c.kpis()) {
            sb.append(Titles.withUnit(m.kpi())).append('\n');
            for (int i = 0; i < c.runs().size(); i++) {
                Estimate d = m.differences().get(i);
                String diff = i == 0 ? "" : "   difference " + signed(Numbers.show(d, m.kpi().format()), d)
                        + (m.significant().get(i) ? " *" : "");
                sb.append(String.format(Locale.ROOT, "  %-38s %-24s%s%n", c.label(i),
                        Numbers.show(m.values().get(i), m.kpi().format()), diff));
            }
        }
        sb.append('\n');
        for (int i = 0; i < c.runs().size(); i++) {
            sb.append(String.format(Locale.ROOT, "  %-38s bottleneck: %s%n", c.label(i), Titles.bottleneck(c.runs().get(i).bottleneck())));
        }
        for (int i = 0; i < c.runs().size(); i++) {
            if (c.runs().get(i).decision() != null) {
                sb.append(DecisionTable.text(c.label(i) + ": converting against staying liquid ("
                        + c.runs().get(i).scenario().base() + ")", c.runs().get(i).decision()));
            }
        }
        for (int i = 0; i < c.runs().size(); i++) {
            String label = c.label(i);
            c.runs().get(i).checks().warnings().forEach(w -> sb.append("  WARNING: ").append(label).append(": ").append(w).append('\n'));
        }
        return sb.toString();
    }

    private static String signed(String s, Estimate d) {
        return d.mean() >= 0 && !s.startsWith("n/a") ? "+" + s : s;
    }

    /** One row per KPI and scenario: value and paired difference to the reference, each with its CI. */
    public static String csv(ComparisonResults c) {
        StringBuilder sb = new StringBuilder("kpi,label,unit,scenario,mean,half_width,difference,difference_half_width,"
                + "difference_ci_low,difference_ci_high,significant\n");
        for (ComparisonResults.ComparedKpi m : c.kpis()) {
            for (int i = 0; i < c.runs().size(); i++) {
                Estimate v = m.values().get(i);
                Estimate d = m.differences().get(i);
                sb.append(String.join(",", List.of(m.kpi().key(), Numbers.csv(m.kpi().label()), Numbers.csv(m.kpi().unit()),
                        Numbers.csv(c.label(i)), Numbers.csv(v.mean()), Numbers.csv(v.halfWidth()),
                        Numbers.csv(d.mean()), Numbers.csv(d.halfWidth()), Numbers.csv(d.lower()), Numbers.csv(d.upper()),
                        String.valueOf(m.significant().get(i))))).append('\n');
            }
        }
        return sb.toString();
    }
}
