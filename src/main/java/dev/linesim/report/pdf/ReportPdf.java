package dev.linesim.report.pdf;

import dev.linesim.report.ChartOptions;
import dev.linesim.report.ConversionReport;
import dev.linesim.report.Numbers;
import dev.linesim.report.SweepReport;
import dev.linesim.report.Titles;
import dev.linesim.report.chart.Chart;
import dev.linesim.results.Assumptions;
import dev.linesim.results.Bottleneck;
import dev.linesim.results.CapexLine;
import dev.linesim.results.Capital;
import dev.linesim.results.ComparisonResults;
import dev.linesim.results.ConversionResults;
import dev.linesim.results.CrewResults;
import dev.linesim.results.Format;
import dev.linesim.results.GradeResults;
import dev.linesim.results.KpiEstimate;
import dev.linesim.results.MonteCarloResults;
import dev.linesim.results.Provenance;
import dev.linesim.results.Retrofit;
import dev.linesim.results.RunInfo;
import dev.linesim.results.RunResults;
import dev.linesim.results.Scope;
import dev.linesim.results.SensitivityResults;
import dev.linesim.results.SizingResults;
import dev.linesim.results.StationResults;
import dev.linesim.results.SweepResults;
import dev.linesim.stats.Estimate;
import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The report.pdf of a run, a comparison and a conversion, composed from their result records and charts. */
public final class ReportPdf {
    /** Station KPIs in the report's table, with their headings; a column whose KPI no station has is left out. */
    private static final List<String> STATION_COLUMNS = List.of("busy", "down", "waiting_for_crew", "blocked", "starved",
            "idle", "yield", "good_cells_per_h");
    private static final List<String> STATION_HEADINGS = List.of("busy %", "down %", "of which waiting for crew %",
            "blocked %", "starved %", "planned idle %", "yield %", "cells/h out");

    /** One level of indentation in a table cell: non-breaking spaces, which the layout keeps. */
    private static final String INDENT = "\u00A0\u00A0\u00A0";

    private ReportPdf() {
    }

    public static byte[] run(RunResults r, List<Chart> charts, ChartOptions.Paper paper) {
        PageLayout p = new PageLayout(paper, "linesim: " + r.scenario().name());
        p.title("Line simulation: " + r.scenario().name());
        description(p, r);
        titleBlock(p, r.provenance(), List.of(r.scenario().name()), r.run());
        checks(p, r);
        p.heading("Key results");
        kpiTable(p, r);
        bottleneck(p, r.bottleneck());
        gradesAndCrews(p, r);
        charts.forEach(p::chart);
        stationTable(p, r);
        capital(p, r.capital());
        decision(p, r);
        assumptions(p, r, "Assumptions");
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
        c.runs().forEach(r -> checks(p, r));
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
            description(p, r);
            kpiTable(p, r);
            capital(p, r.capital());
            decision(p, r);
            assumptions(p, r, "Assumptions of " + r.scenario().name());
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
        List<String[]> body = rows.subList(1, rows.size()).stream().map(r -> java.util.Arrays.stream(r).map(String::strip)
                .toArray(String[]::new)).toList();
        boolean[] right = new boolean[rows.get(0).length];
        java.util.Arrays.fill(right, true);
        right[right.length - 1] = false;
        p.table(java.util.Arrays.stream(rows.get(0)).map(String::strip).toArray(String[]::new), body, null, right);
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
        checks(p, c.liquid());
        checks(p, c.converted());
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
            steady.add(new String[] {Titles.indented(k.kpi(), INDENT), k.kpi().unit(), liquid, Numbers.kpi(k)});
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
        capital(p, c.converted().capital());
        assumptions(p, c.converted(), "Assumptions of the converted line");
        assumptions(p, c.liquid(), "Assumptions of the liquid line");
        return p.render(footer(c.provenance()));
    }

    // ---- parts ----

    private static void description(PageLayout p, RunResults r) {
        if (r.scenario().description() != null && !r.scenario().description().isBlank()) {
            p.paragraph(r.scenario().description().strip());
        }
    }

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

    /** The run's automatic choices, and every warning, in bold, before any number. */
    private static void checks(PageLayout p, RunResults r) {
        String auto = Titles.checks(r.checks());
        if (!auto.isEmpty()) {
            p.paragraph(r.scenario().name() + ": " + auto + ".");
        }
        for (String w : r.checks().warnings()) {
            p.paragraph("Warning (" + r.scenario().name() + "): " + w + ".", PageLayout.BODY_BOLD, new Color(0xB0, 0x3A, 0x00));
            p.space(2);
        }
    }

    private static void kpiTable(PageLayout p, RunResults r) {
        List<String[]> rows = new ArrayList<>();
        for (KpiEstimate k : r.kpis()) {
            if (k.kpi().scope() == Scope.LINE || k.kpi().scope() == Scope.ECONOMICS) {
                rows.add(new String[] {Titles.indented(k.kpi(), INDENT), Numbers.kpi(k), k.kpi().unit(), k.kpi().definition()});
            }
        }
        p.table(new String[] {"KPI", "mean ± 95 % CI", "unit", "definition"}, rows, null,
                new boolean[] {false, true, false, false});
    }

    private static void bottleneck(PageLayout p, Bottleneck b) {
        p.paragraph("Bottleneck: " + Titles.bottleneck(b) + ".", PageLayout.BODY_BOLD, Color.BLACK);
        p.paragraph("Named by the " + b.method() + " (the active-share method). A small gap to the next station means the"
                + " bottleneck may shift between them.", PageLayout.CAPTION, Color.DARK_GRAY);
        p.space(4);
    }

    private static void stationTable(PageLayout p, RunResults r) {
        p.heading("Stations");
        List<String> keys = STATION_COLUMNS.stream()
                .filter(k -> r.stations().stream().anyMatch(s -> s.kpi(k).isPresent())).toList();
        List<String[]> rows = new ArrayList<>();
        for (StationResults s : r.stations()) {
            String[] row = new String[2 + keys.size()];
            row[0] = s.id().equals(r.bottleneck().station()) ? s.name() + " (bottleneck)" : s.name();
            row[1] = s.machines() == StationResults.UNLIMITED ? "unlimited" : String.format(Locale.UK, "%,d", s.machines());
            for (int i = 0; i < keys.size(); i++) {
                row[2 + i] = s.kpi(keys.get(i)).map(ReportPdf::compact).orElse("n/a");
            }
            rows.add(row);
        }
        String[] header = new String[2 + keys.size()];
        header[0] = "station";
        header[1] = "machines";
        boolean[] numeric = new boolean[header.length];
        for (int i = 0; i < keys.size(); i++) {
            header[2 + i] = STATION_HEADINGS.get(STATION_COLUMNS.indexOf(keys.get(i)));
            numeric[2 + i] = true;
        }
        numeric[1] = true;
        p.table(header, rows, null, numeric);
        p.paragraph("Shares of machine-time and yields in %, mean ± 95 % CI half-width; n/a for unlimited delay stages.",
                PageLayout.CAPTION, Color.DARK_GRAY);
    }

    /** A KPI for a dense table: percentages without the sign, the half-width only when it shows. */
    private static String compact(KpiEstimate k) {
        Estimate e = k.estimate();
        if (k.kpi().format() != Format.PERCENT) {
            return Numbers.kpi(k);
        }
        if (Double.isNaN(e.mean())) {
            return "n/a";
        }
        String mean = String.format(Locale.ROOT, "%.1f", 100 * e.mean());
        return Double.isNaN(e.halfWidth()) || 100 * e.halfWidth() < 0.05 ? mean
                : mean + " ± " + String.format(Locale.ROOT, "%.1f", 100 * e.halfWidth());
    }

    /** A plan's cash flows against staying liquid, from both lines' steady states. */
    private static void decision(PageLayout p, RunResults r) {
        if (r.decision() == null) {
            return;
        }
        p.heading("Converting against staying liquid (" + r.scenario().base() + ")", 170); // its text and four figures
        p.paragraph("Cash flows of the conversion, incremental to staying liquid, estimated from " + r.decision().basis()
                + ". Means with 95 % CIs over the replications (simulation noise only).");
        p.keyValues(dev.linesim.report.DecisionTable.rows(r.decision()));
    }

    private static void capital(PageLayout p, Capital c) {
        if (!c.priced()) {
            return;
        }
        String cur = c.currency();
        p.heading("Capital, " + cur);
        Retrofit r = c.retrofit();
        if (r != null) {
            List<String[]> rows = new ArrayList<>();
            rows.add(new String[] {"Retrofit capex (gross)", Numbers.millions(r.gross(), cur) + " = new equipment "
                    + Numbers.millions(r.newEquipment(), cur) + " + facility " + Numbers.millions(r.newFacility(), cur)
                    + " + modifications " + Numbers.millions(r.modifications(), cur)});
            rows.add(new String[] {"Salvage of retired equipment", Numbers.millions(r.salvage(), cur)});
            rows.add(new String[] {"Retrofit capex (net of salvage)", Numbers.millions(r.net(), cur)});
            rows.add(new String[] {"Greenfield line of the same design", Numbers.millions(r.greenfield(), cur)});
            rows.add(new String[] {"Retrofit / greenfield", Numbers.percent(r.shareOfGreenfield())});
            rows.add(new String[] {"Existing equipment kept", Numbers.percent(r.keptShareOfExistingByValue()) + " by value, "
                    + Numbers.percent(r.keptShareOfExistingByStations()) + " of its stations"});
            rows.add(new String[] {"Converted line reused", Numbers.percent(r.reuseShareByValue()) + " by value, "
                    + Numbers.percent(r.reuseShareByStations()) + " of its stations, " + Numbers.percent(r.reuseShareByCount())
                    + " by machine count (" + r.reusedMachines() + " of " + r.machines() + ")"});
            p.keyValues(rows);
            p.heading("Changes made by the plan (base: " + r.base() + ")");
            p.table(new String[] {"change"}, r.changes().stream().map(s -> new String[] {s}).toList(), new double[] {1},
                    new boolean[] {false});
        }
        if (r != null) {
            p.heading("Assets and their fates");
        }
        List<String[]> rows = new ArrayList<>();
        for (CapexLine i : c.items()) {
            rows.add(r == null
                    ? new String[] {i.name(), i.facility() ? "" : String.format(Locale.UK, "%,d", i.machinesAfter()),
                            Numbers.millions(i.installedValue(), cur), Numbers.millions(i.bookValue(), cur), i.describe()}
                    : new String[] {i.name(), i.fate(), i.machinesBefore() + " → " + i.machinesAfter(),
                            Numbers.millions(i.valueBefore(), cur), Numbers.millions(i.bookValue(), cur),
                            Numbers.millions(i.installedValue(), cur),
                            Numbers.millions(i.newPurchase().add(i.modificationCost()), cur), Numbers.millions(i.salvage(), cur),
                            i.describe()});
        }
        if (r == null) {
            rows.add(new String[] {"Total", "", Numbers.millions(c.equipment().add(c.facility()), cur), "", ""});
            p.table(new String[] {"asset", "machines", "installed value", "book value", "priced as"}, rows, null,
                    new boolean[] {false, true, true, true, false});
        } else {
            rows.add(new String[] {"Total", "", "", "", "", Numbers.millions(c.equipment().add(c.facility()), cur),
                    Numbers.millions(r.gross(), cur), Numbers.millions(r.salvage(), cur), ""});
            p.table(new String[] {"asset", "fate", "machines", "value before", "book value", "installed value", "spent",
                    "salvage", "priced as"}, rows, null, new boolean[] {false, false, true, true, true, true, true, true, false});
        }
        p.paragraph(String.format(Locale.ROOT, "Capital employed %s; annual capital charge %s/yr.",
                Numbers.millions(c.capitalEmployed(), cur), Numbers.millions(c.capitalCharge(), cur)));
    }

    /** The grades the good cells were sorted into, and the repair crews, when the line has them. */
    private static void gradesAndCrews(PageLayout p, RunResults r) {
        if (!r.grades().isEmpty()) {
            List<String[]> rows = new ArrayList<>();
            for (GradeResults g : r.grades()) {
                rows.add(new String[] {g.name(), g.price() == null ? "not priced" : g.price(),
                        Numbers.show(g.share().estimate(), g.share().kpi().format())});
            }
            p.table(new String[] {"grade", "price", "share of good cells, mean ± 95 % CI"}, rows,
                    new double[] {0.3, 0.3, 0.4}, new boolean[] {false, false, true});
        }
        if (!r.crews().isEmpty()) {
            List<String[]> rows = new ArrayList<>();
            for (CrewResults c : r.crews()) {
                rows.add(new String[] {c.name(), Numbers.show(c.onDuty().estimate(), c.onDuty().kpi().format()),
                        Numbers.show(c.utilisation().estimate(), c.utilisation().kpi().format()),
                        Numbers.show(c.waitHours().estimate(), c.waitHours().kpi().format())});
            }
            p.table(new String[] {"repair crew", "technicians on duty", "busy", "wait for a technician, h"}, rows,
                    new double[] {0.4, 0.2, 0.2, 0.2}, new boolean[] {false, true, true, true});
        }
    }

    private static void assumptions(PageLayout p, RunResults r, String title) {
        Assumptions a = r.assumptions();
        p.heading(title, 120);
        p.keyValues(a.line().stream().map(s -> new String[] {s.label(), s.value()}).toList());
        List<String[]> flow = new ArrayList<>();
        List<String[]> work = new ArrayList<>();
        for (Assumptions.StationRow s : a.stations()) {
            flow.add(new String[] {s.id(), s.type(), s.machines(), s.unit(), s.from(), s.batch(), s.buffer()});
            work.add(new String[] {s.id(), s.processTime(), s.failures(), s.scrap(), s.capex()});
        }
        p.table(new String[] {"station", "type", "machines", "unit", "fed from", "batch", "input buffer"}, flow, null,
                new boolean[] {false, false, true, false, false, false, true});
        p.table(new String[] {"station", "time per job", "failures (per machine)", "scrap and quality", "capex"}, work, null,
                new boolean[] {false, false, false, false, false});
    }

    private static String footer(Provenance p) {
        return "linesim " + p.linesimVersion() + (p.created() == null ? "" : " · " + p.created().substring(0, 10));
    }
}
