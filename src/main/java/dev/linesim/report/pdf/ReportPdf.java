package dev.linesim.report.pdf;

import dev.linesim.report.ChartOptions;
import dev.linesim.report.ConversionReport;
import dev.linesim.report.Numbers;
import dev.linesim.report.SweepReport;
import dev.linesim.report.Titles;
import dev.linesim.report.chart.Chart;
import dev.linesim.results.Assumptions;
import dev.linesim.results.Bottleneck;
import dev.linesim.results.ComparisonResults;
import dev.linesim.results.ConversionResults;
import dev.linesim.results.KpiEstimate;
import dev.linesim.results.MonteCarloResults;
import dev.linesim.results.Provenance;
import dev.linesim.results.RunInfo;
import dev.linesim.results.RunResults;
import dev.linesim.results.SensitivityResults;
import dev.linesim.results.SizingResults;
import dev.linesim.results.SweepResults;
import dev.linesim.stats.Estimate;
import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The report.pdf of every command (run, comparison, conversion, sweep, sizing, Monte Carlo, sensitivity), composed from
 * its result records and charts; the sections showing one line's results are {@link RunSections}.
 */
public final class ReportPdf {
    private ReportPdf() {
    }

    public static byte[] run(RunResults r, List<Chart> charts, ChartOptions.Paper paper) {
        PageLayout p = new PageLayout(paper, "linesim: " + r.scenario().name());
        p.title("Line simulation: " + r.scenario().name());
        RunSections.description(p, r);
        titleBlock(p, r.provenance(), List.of(r.scenario().name()), r.run());
        RunSections.checks(p, r);
        p.heading("Key results");
        RunSections.kpiTable(p, r);
        RunSections.bottleneck(p, r.bottleneck());
        RunSections.gradesAndCrews(p, r);
        charts.forEach(p::chart);
        RunSections.stationTable(p, r);
        RunSections.capital(p, r.capital());
        RunSections.decision(p, r);
        RunSections.assumptions(p, r, "Assumptions");
        return p.render(footer(r.provenance()));
    }

    public static byte[] comparison(ComparisonResults c, List<Chart> charts, ChartOptions.Paper paper) {
        List<String> names = c.labels();
        PageLayout p = new PageLayout(paper, "linesim comparison: " + String.join(" vs ", names));
        p.title("Comparison: " + String.join(" vs ", names));
        p.paragraph("Every scenario was simulated with the same run settings and seed (common random numbers), so replication"
                + " r of one is paired with replication r of the others; differences are each scenario minus "
                + names.get(0) + ", from the paired replications, with 95 % confidence intervals.");
        titleBlock(p, c.provenance(), names, c.reference().run());
        c.runs().forEach(r -> RunSections.checks(p, r));
        p.heading("Key results");
        List<String[]> rows = new ArrayList<>();
        for (ComparisonResults.ComparedKpi k : c.kpis()) {
            for (int i = 0; i < c.runs().size(); i++) {
                Estimate d = k.differences().get(i);
                rows.add(new String[] {i == 0 ? Titles.withUnit(k.kpi()) : "", names.get(i),
                        Numbers.show(k.values().get(i), k.kpi().format()),
                        i == 0 ? "reference" : (d.mean() >= 0 ? "+" : "") + Numbers.show(d, k.kpi().format())
                                + (k.significant().get(i) ? " *" : "")});
            }
        }
        p.table(new String[] {"KPI", "scenario", "mean ± 95 % CI", "difference to reference"}, rows,
                new double[] {0.3, 0.3, 0.2, 0.2}, new boolean[] {false, false, true, true});
        p.paragraph("* the 95 % CI of the difference excludes zero.", PageLayout.CAPTION, Color.DARK_GRAY);
        for (int i = 0; i < c.runs().size(); i++) {
            p.paragraph("Bottleneck of " + c.label(i) + ": " + Titles.bottleneck(c.runs().get(i).bottleneck()) + ".");
        }
        p.paragraph("Bottlenecks are named by the " + Bottleneck.METHOD + ".", PageLayout.CAPTION, Color.DARK_GRAY);
        charts.forEach(p::chart);
        for (RunResults r : c.runs()) {
            p.newPage();
            p.title(r.scenario().name());
            RunSections.description(p, r);
            RunSections.kpiTable(p, r);
            RunSections.capital(p, r.capital());
            RunSections.decision(p, r);
            RunSections.assumptions(p, r, "Assumptions of " + r.scenario().name());
        }
        return p.render(footer(c.provenance()));
    }

    public static byte[] sweep(SweepResults s, List<Chart> charts, ChartOptions.Paper paper) {
        PageLayout p = new PageLayout(paper, "linesim sweep: " + s.scenario());
        p.title("Sweep: " + s.scenario());
        StringBuilder params = new StringBuilder();
        s.parameters().forEach(x -> params.append(params.length() == 0 ? "" : "; ").append(x.path()).append(" = ")
                .append(String.join(", ", x.values())));
        p.paragraph("Every combination of " + params + ": " + s.points().size() + " design points, each simulated with the"
                + " same run settings and seed, so the points share their random numbers (common random numbers) and their"
                + " differences are the parameters' effect, not noise from different draws."
                + (s.provenance().overrides().isEmpty() ? "" : " Fixed for every point: "
                + String.join(", ", s.provenance().overrides()) + "."));
        titleBlock(p, s.provenance(), List.of(s.scenario()), s.run());
        p.heading("Design points");
        List<String[]> rows = SweepReport.rows(s);
        boolean[] right = new boolean[rows.get(0).length];
        java.util.Arrays.fill(right, true);
        right[right.length - 1] = false;
        p.table(rows.get(0), rows.subList(1, rows.size()), null, right);
        charts.forEach(p::chart);
        return p.render(footer(s.provenance()));
    }

    public static byte[] sizing(SizingResults s, List<Chart> charts, ChartOptions.Paper paper) {
        PageLayout p = new PageLayout(paper, "linesim sizing: " + s.scenario());
        p.title("Sizing: " + s.scenario());
        p.paragraph("The cheapest design of the grid (by " + s.objective().replace('_', ' ') + ") that meets " + s.target()
                + " with " + Math.round(100 * s.confidence()) + " % confidence. Method: " + s.method() + ".");
        titleBlock(p, s.provenance(), List.of(s.scenario()), s.run());
        p.heading("Answer");
        p.paragraph(dev.linesim.report.SizingReport.verdict(s));
        p.heading("Candidates");
        List<String[]> rows = dev.linesim.report.SizingReport.rows(s);
        p.table(rows.get(0), rows.subList(1, rows.size()), new double[] {0.2, 0.1, 0.12, 0.14, 0.16, 0.14, 0.14},
                new boolean[] {false, true, true, false, true, true, true});
        charts.forEach(p::chart);
        return p.render(footer(s.provenance()));
    }

    public static byte[] monteCarlo(MonteCarloResults m, List<Chart> charts, ChartOptions.Paper paper) {
        PageLayout p = new PageLayout(paper, "linesim Monte Carlo: " + m.scenario());
        p.title("Monte Carlo: " + m.scenario());
        p.paragraph(m.draws().size() + " draws of the uncertain inputs, each run for " + m.run().replications()
                + " replications on a seed of its own (the draws come from their own seeded stream). The spread over the draws"
                + " is what the inputs' uncertainty does to each figure; the share from the inputs splits the variance of a"
                + " single replication between the inputs and the line's randomness (one-way random-effects analysis).");
        titleBlock(p, m.provenance(), List.of(m.scenario()), m.run());
        p.heading("Uncertain inputs");
        p.keyValues(m.inputs().stream().map(i -> new String[] {i.path(), i.distribution()}).toList());
        p.heading("Spread over the draws");
        List<String[]> rows = dev.linesim.report.MonteCarloReport.rows(m);
        p.table(rows.get(0), rows.subList(1, rows.size()), new double[] {0.28, 0.1, 0.1, 0.1, 0.1, 0.12, 0.2},
                new boolean[] {false, true, true, true, true, true, false});
        charts.forEach(p::chart);
        return p.render(footer(m.provenance()));
    }

    public static byte[] sensitivity(SensitivityResults s, List<Chart> charts, ChartOptions.Paper paper) {
        PageLayout p = new PageLayout(paper, "linesim sensitivity: " + s.scenario());
        p.title("Sensitivity: " + s.scenario());
        p.paragraph("One parameter at a time: the scenario as in the file, then each parameter at its low and at its high"
                + " value with every other input as in the file, " + (2 * s.factors().size() + 1) + " runs on the same seed"
                + " (common random numbers). Each tornado sorts the parameters by how far they move the KPI."
                + (s.provenance().overrides().isEmpty() ? "" : " Fixed for every run: "
                + String.join(", ", s.provenance().overrides()) + "."));
        titleBlock(p, s.provenance(), List.of(s.scenario()), s.run());
        for (String key : s.chartKpis()) {
            List<String[]> rows = dev.linesim.report.SensitivityReport.rows(s, key);
            p.heading(rows.get(0)[0] + ": " + rows.get(0)[1]);
            p.table(rows.get(1), rows.subList(2, rows.size()), new double[] {0.46, 0.2, 0.2, 0.14},
                    new boolean[] {false, true, true, true});
        }
        charts.forEach(p::chart);
        return p.render(footer(s.provenance()));
    }

    public static byte[] conversion(ConversionResults c, List<Chart> charts, ChartOptions.Paper paper) {
        PageLayout p = new PageLayout(paper, "linesim conversion: " + c.plan());
        p.title("Conversion: " + c.plan());
        p.paragraph("The conversion of " + c.base() + " simulated week by week against staying liquid, over " + c.weeks()
                + " weeks and " + c.replications() + " replications. Each replication runs the liquid line as it is, the liquid"
                + " line whose feed stops at cutover and which then drains, and the converted line from its restart with its"
                + " ramp-up. Output is counted in MWh of each line's own cells.");
        titleBlock(p, c.provenance(), List.of(c.plan(), c.base()), c.converted().run());
        RunSections.checks(p, c.liquid());
        RunSections.checks(p, c.converted());
        p.heading("Key results");
        List<String[]> rows = new ArrayList<>();
        for (String[] row : ConversionReport.headline(c)) {
            rows.add(row);
        }
        p.keyValues(rows);
        charts.forEach(p::chart);
        p.heading("Steady state: liquid against converted line");
        List<String[]> steady = new ArrayList<>();
        for (KpiEstimate k : c.converted().kpis()) {
            String liquid = c.liquid().kpi(k.key()).map(Numbers::kpi).orElse("n/a");
            steady.add(new String[] {Titles.indented(k.kpi(), RunSections.INDENT), k.kpi().unit(), liquid, Numbers.kpi(k)});
        }
        p.table(new String[] {"KPI", "unit", c.base(), c.plan()}, steady, null,
                new boolean[] {false, false, true, true});
        p.heading("Weekly output, MWh");
        List<String[]> weeks = new ArrayList<>();
        for (int w = 0; w < c.weeks(); w++) {
            weeks.add(new String[] {String.valueOf(w + 1), Numbers.number(c.stayingLiquid().get(w), 0),
                    Numbers.number(c.draining().get(w), 0), Numbers.number(c.convertedLine().get(w), 0),
                    Numbers.number(c.difference().get(w), 0)});
        }
        p.table(new String[] {"week", "staying liquid", "liquid, draining", "converted line", "difference"}, weeks,
                new double[] {0.1, 0.225, 0.225, 0.225, 0.225}, new boolean[] {true, true, true, true, true});
        RunSections.capital(p, c.converted().capital());
        RunSections.assumptions(p, c.converted(), "Assumptions of the converted line");
        RunSections.assumptions(p, c.liquid(), "Assumptions of the liquid line");
        return p.render(footer(c.provenance()));
    }

    // ---- parts ----

    private static void titleBlock(PageLayout p, Provenance prov, List<String> scenarios, RunInfo run) {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"Scenarios", String.join(", ", scenarios)});
        rows.add(new String[] {"Date", prov.created() == null ? "n/a" : prov.created().replace('T', ' ').replace("Z", " UTC")});
        rows.add(new String[] {"linesim", prov.linesimVersion() + " (Java " + prov.javaVersion() + ")"});
        rows.add(new String[] {"Run", Titles.runSettings(run)});
        rows.add(new String[] {"Confidence intervals", String.format(Locale.ROOT, "%.0f %% Student-t over replications",
                100 * run.confidenceLevel())});
        p.keyValues(rows);
        if (!prov.inputs().isEmpty()) {
            p.table(new String[] {"input", "file", "SHA-256"}, prov.inputs().stream()
                    .map(f -> new String[] {f.role(), f.name(), f.sha256()}).toList(), null, new boolean[] {false, false, false});
        }
    }

    private static String footer(Provenance p) {
        return "linesim " + p.linesimVersion() + (p.created() == null ? "" : " · " + p.created().substring(0, 10));
    }
}
