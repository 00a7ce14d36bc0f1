package dev.linesim.report;

import dev.linesim.results.KpiEstimate;
import dev.linesim.results.SensitivityResults;
import dev.linesim.results.SweepResults;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** A one-at-a-time sensitivity as text (per KPI, the parameters by effect) and as a tidy CSV. */
public final class SensitivityReport {
    private SensitivityReport() {
    }

    public static String text(SensitivityResults s) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "%s: one-at-a-time sensitivity of %d parameter(s), %s; mean ± 95%% CI"
                + " half-width%n", s.scenario(), s.factors().size(), Titles.runSettings(s.run())));
        sb.append("Every run uses the same seed: common random numbers.\n");
        for (String key : s.chartKpis()) {
            sb.append('\n');
            List<String[]> rows = rows(s, key);
            int width = rows.stream().skip(1).mapToInt(r -> r[0].length()).max().orElse(20);
            sb.append("  ").append(rows.get(0)[0]).append(": ").append(rows.get(0)[1]).append('\n');
            for (String[] row : rows.subList(1, rows.size())) {
                sb.append(String.format(Locale.ROOT, "  %-" + width + "s  %-20s %-20s %s%n", (Object[]) row));
            }
        }
        return sb.toString();
    }

    /** For one KPI: a heading row, then the parameters by decreasing effect, each with the KPI at its low and high value. */
    public static List<String[]> rows(SensitivityResults s, String key) {
        List<String[]> rows = new ArrayList<>();
        KpiEstimate base = s.base().kpi(key).orElseThrow();
        rows.add(new String[] {Titles.withUnit(base.kpi()) + " as in the file", Numbers.kpi(base), "", ""});
        rows.add(new String[] {"parameter (low / high)", "at low", "at high", "swing"});
        for (SensitivityResults.Factor f : s.ranked(key)) {
            rows.add(new String[] {f.path() + " (" + f.low() + " / " + f.high() + ")", at(f.atLow(), key), at(f.atHigh(), key),
                    Numbers.mean(f.swing(key), base.kpi().format())});
        }
        return rows;
    }

    private static String at(SweepResults.Point p, String key) {
        return p.kpi(key).map(Numbers::kpi).orElse("n/a");
    }

    /** One row per parameter, end and KPI, and the runs as in the file (parameter "as_is"). */
    public static String csv(SensitivityResults s) {
        StringBuilder sb = new StringBuilder("parameter,end,value,kpi,label,unit,mean,half_width,ci_low,ci_high,n\n");
        row(sb, "as_is", "", "", s.base());
        for (SensitivityResults.Factor f : s.factors()) {
            row(sb, f.path(), "low", f.low(), f.atLow());
            row(sb, f.path(), "high", f.high(), f.atHigh());
        }
        return sb.toString();
    }

    private static void row(StringBuilder sb, String parameter, String end, String value, SweepResults.Point p) {
        for (KpiEstimate k : p.kpis()) {
            var e = k.estimate();
            sb.append(String.join(",", List.of(Numbers.csv(parameter), end, Numbers.csv(value), k.key(),
                    Numbers.csv(k.kpi().label()), Numbers.csv(k.kpi().unit()), Numbers.csv(e.mean()),
                    Numbers.csv(e.halfWidth()), Numbers.csv(e.lower()), Numbers.csv(e.upper()), String.valueOf(e.n()))))
                    .append('\n');
        }
    }
}
