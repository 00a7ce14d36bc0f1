package dev.linesim.report;

import dev.linesim.results.KpiEstimate;
import dev.linesim.results.SweepResults;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** A sweep as text (one row per design point with the chosen KPIs) and as a tidy CSV of every KPI at every point. */
public final class SweepReport {
    private SweepReport() {
    }

    public static String text(SweepResults s) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "%s: sweep of %d design point(s), %s; mean ± 95%% CI half-width%n",
                s.scenario(), s.points().size(), Titles.runSettings(s.run())));
        sb.append("Every point runs with the same seed: common random numbers across points.\n\n");
        List<String[]> rows = rows(s);
        sb.append(TextTable.render(rows, new boolean[rows.get(0).length], ""));
        return sb.toString();
    }

    /** Header and one row per point: parameter values, then each chosen KPI and the bottleneck. */
    public static List<String[]> rows(SweepResults s) {
        List<String[]> rows = new ArrayList<>();
        List<String> header = new ArrayList<>();
        header.addAll(Titles.parameterNames(s.parameters().stream().map(SweepResults.Parameter::path).toList()));
        for (String key : s.chartKpis()) {
            s.points().get(0).kpi(key).ifPresent(k -> header.add(Titles.withUnit(k.kpi())));
        }
        header.add("bottleneck");
        rows.add(header.toArray(String[]::new));
        for (SweepResults.Point p : s.points()) {
            List<String> row = new ArrayList<>(p.values());
            for (String key : s.chartKpis()) {
                if (s.points().get(0).kpi(key).isPresent()) {
                    row.add(p.kpi(key).map(Numbers::kpi).orElse("n/a"));
                }
            }
            row.add(p.bottleneck() == null ? "none" : p.bottleneck());
            rows.add(row.toArray(String[]::new));
        }
        return rows;
    }

    /** One row per point and KPI: the parameter values, then the KPI's mean, half-width and interval. */
    public static String csv(SweepResults s) {
        StringBuilder sb = new StringBuilder();
        s.parameters().forEach(p -> sb.append(Numbers.csv(p.path())).append(','));
        sb.append("kpi,label,unit,mean,half_width,ci_low,ci_high,n\n");
        for (SweepResults.Point p : s.points()) {
            for (KpiEstimate k : p.kpis()) {
                p.values().forEach(v -> sb.append(Numbers.csv(v)).append(','));
                var e = k.estimate();
                sb.append(String.join(",", List.of(k.key(), Numbers.csv(k.kpi().label()), Numbers.csv(k.kpi().unit()),
                        Numbers.csv(e.mean()), Numbers.csv(e.halfWidth()), Numbers.csv(e.lower()), Numbers.csv(e.upper()),
                        String.valueOf(e.n())))).append('\n');
            }
        }
        return sb.toString();
    }
}
