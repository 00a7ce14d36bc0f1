package dev.linesim.report;

import dev.linesim.results.SizingResults;
import dev.linesim.stats.Estimate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Sizing to a target as text: the chosen design, how sure, and every candidate with its verdict; and a tidy CSV. */
public final class SizingReport {
    private SizingReport() {
    }

    public static String text(SizingResults s) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "%s: cheapest design (by %s) with %s, at %.0f %% confidence; %s%n",
                s.scenario(), s.objective().replace('_', ' '), s.target(), 100 * s.confidence(),
                Titles.runSettings(s.run())));
        sb.append("Method: ").append(s.method()).append(".\n\n");
        sb.append(verdict(s)).append("\n\n");
        // design and status read as text; capex, bounds and the KPIs line up as numbers
        sb.append(TextTable.render(rows(s), new boolean[] {false, true, true, false, true, true, true}, "  "));
        return sb.toString();
    }

    /** The answer in one sentence. */
    public static String verdict(SizingResults s) {
        if (s.chosen() < 0) {
            return "No design of the grid was shown to meet " + s.target() + " at this confidence (see each candidate's bound"
                    + " below; more replications, or a wider grid, may find one).";
        }
        SizingResults.Candidate c = s.candidates().get(s.chosen());
        return String.format(Locale.ROOT, "Chosen: %s, capex %.2f M%s; %s is %s (one-sided %.0f %% bound %s)%s.",
                values(s, c), c.capexMillions(), s.currency() == null ? "" : " " + s.currency(), s.targetKey(),
                Numbers.number(c.kpi(), 3),
                100 * s.confidence(), String.format(Locale.ROOT, "%.4g", c.confidenceBound()),
                c.costPerKwh() == null ? "" : ", cost per kWh " + Numbers.number(c.costPerKwh(), 2));
    }

    private static String values(SizingResults s, SizingResults.Candidate c) {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < s.parameters().size(); i++) {
            parts.add(s.parameters().get(i).path() + " = " + c.values().get(i));
        }
        return String.join(", ", parts);
    }

    public static List<String[]> rows(SizingResults s) {
        List<String[]> rows = new ArrayList<>();
        List<String> names = Titles.parameterNames(s.parameters().stream().map(p -> p.path()).toList());
        rows.add(new String[] {"design (" + String.join(", ", names) + ")", s.capexLabel(), "upper bound",
            "status", s.targetKey(), "confidence bound", "cost per kWh"});
        for (int i = 0; i < s.candidates().size(); i++) {
            SizingResults.Candidate c = s.candidates().get(i);
            rows.add(new String[] {String.join(", ", c.values()) + (i == s.chosen() ? " (chosen)" : ""),
                String.format(Locale.ROOT, "%.2f", c.capexMillions()), Double.isNaN(c.upperBound()) ? "" : String.format(
                        Locale.ROOT, "%.4g", c.upperBound()), c.status(), c.kpi() == null ? "" : Numbers.number(c.kpi(), 3),
                Double.isNaN(c.confidenceBound()) ? "" : String.format(Locale.ROOT, "%.4g", c.confidenceBound()),
                c.costPerKwh() == null ? "" : Numbers.number(c.costPerKwh(), 2)});
        }
        return rows;
    }

    public static String csv(SizingResults s) {
        StringBuilder sb = new StringBuilder();
        s.parameters().forEach(p -> sb.append(Numbers.csv(p.path())).append(','));
        sb.append("capex_millions,upper_bound,status,kpi_mean,kpi_half_width,confidence_bound,cost_per_kwh_mean,"
                + "cost_per_kwh_half_width,chosen\n");
        for (int i = 0; i < s.candidates().size(); i++) {
            SizingResults.Candidate c = s.candidates().get(i);
            c.values().forEach(v -> sb.append(Numbers.csv(v)).append(','));
            Estimate k = c.kpi();
            Estimate cost = c.costPerKwh();
            sb.append(String.join(",", List.of(Numbers.csv(c.capexMillions()), Numbers.csv(c.upperBound()), c.status(),
                    Numbers.csv(k == null ? Double.NaN : k.mean()), Numbers.csv(k == null ? Double.NaN : k.halfWidth()),
                    Numbers.csv(c.confidenceBound()), Numbers.csv(cost == null ? Double.NaN : cost.mean()),
                    Numbers.csv(cost == null ? Double.NaN : cost.halfWidth()), String.valueOf(i == s.chosen())))).append('\n');
        }
        return sb.toString();
    }
}
