package dev.linesim.report.pdf;

import dev.linesim.report.Numbers;
import dev.linesim.report.Titles;
import dev.linesim.results.Assumptions;
import dev.linesim.results.Bottleneck;
import dev.linesim.results.CapexLine;
import dev.linesim.results.Capital;
import dev.linesim.results.CrewResults;
import dev.linesim.results.Format;
import dev.linesim.results.GradeResults;
import dev.linesim.results.KpiEstimate;
import dev.linesim.results.Retrofit;
import dev.linesim.results.RunResults;
import dev.linesim.results.Scope;
import dev.linesim.results.StationResults;
import dev.linesim.stats.Estimate;
import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The sections of a report that show one line's results: its description, the run's checks and warnings, key results,
 * bottleneck, grades and repair crews, station table, capital, the conversion decision and the assumptions. A run's
 * report is made of them, and a comparison's and a conversion's reports reuse them for each line.
 */
final class RunSections {
    /** Station KPIs in the report's table, with their headings; a column whose KPI no station has is left out. */
    private static final List<String> STATION_COLUMNS = List.of("busy", "down", "waiting_for_crew", "blocked", "starved",
            "idle", "yield", "good_cells_per_h");
    private static final List<String> STATION_HEADINGS = List.of("busy %", "down %", "of which waiting for crew %",
            "blocked %", "starved %", "planned idle %", "yield %", "cells/h out");

    /** One level of indentation in a table cell: non-breaking spaces, which the layout keeps. */
    static final String INDENT = "\u00A0\u00A0\u00A0";

    private RunSections() {
    }

    static void description(PageLayout p, RunResults r) {
        if (r.scenario().description() != null && !r.scenario().description().isBlank()) {
            p.paragraph(r.scenario().description().strip());
        }
    }

    /** The run's automatic choices, and every warning, in bold, before any number. */
    static void checks(PageLayout p, RunResults r) {
        String auto = Titles.checks(r.checks());
        if (!auto.isEmpty()) {
            p.paragraph(r.scenario().name() + ": " + auto + ".");
        }
        for (String w : r.checks().warnings()) {
            p.paragraph("Warning (" + r.scenario().name() + "): " + w + ".", PageLayout.BODY_BOLD, new Color(0xB0, 0x3A, 0x00));
            p.space(2);
        }
    }

    static void kpiTable(PageLayout p, RunResults r) {
        List<String[]> rows = new ArrayList<>();
        for (KpiEstimate k : r.kpis()) {
            if (k.kpi().scope() == Scope.LINE || k.kpi().scope() == Scope.ECONOMICS) {
                rows.add(new String[] {Titles.indented(k.kpi(), INDENT), Numbers.kpi(k), k.kpi().unit(), k.kpi().definition()});
            }
        }
        p.table(new String[] {"KPI", "mean ± 95 % CI", "unit", "definition"}, rows, null,
                new boolean[] {false, true, false, false});
    }

    static void bottleneck(PageLayout p, Bottleneck b) {
        p.paragraph("Bottleneck: " + Titles.bottleneck(b) + ".", PageLayout.BODY_BOLD, Color.BLACK);
        p.paragraph("Named by the " + b.method() + " (the active-share method). A small gap to the next station means the"
                + " bottleneck may shift between them.", PageLayout.CAPTION, Color.DARK_GRAY);
        p.space(4);
    }

    static void stationTable(PageLayout p, RunResults r) {
        p.heading("Stations");
        List<String> keys = STATION_COLUMNS.stream()
                .filter(k -> r.stations().stream().anyMatch(s -> s.kpi(k).isPresent())).toList();
        List<String[]> rows = new ArrayList<>();
        for (StationResults s : r.stations()) {
            String[] row = new String[2 + keys.size()];
            row[0] = s.id().equals(r.bottleneck().station()) ? s.name() + " (bottleneck)" : s.name();
            row[1] = s.machines() == StationResults.UNLIMITED ? "unlimited" : String.format(Locale.UK, "%,d", s.machines());
            for (int i = 0; i < keys.size(); i++) {
                row[2 + i] = s.kpi(keys.get(i)).map(RunSections::compact).orElse("n/a");
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
    static void decision(PageLayout p, RunResults r) {
        if (r.decision() == null) {
            return;
        }
        p.heading("Converting against staying liquid (" + r.scenario().base() + ")", 170); // its text and four figures
        p.paragraph("Cash flows of the conversion, incremental to staying liquid, estimated from " + r.decision().basis()
                + ". Means with 95 % CIs over the replications (simulation noise only).");
        p.keyValues(dev.linesim.report.DecisionTable.rows(r.decision()));
    }

    static void capital(PageLayout p, Capital c) {
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
    static void gradesAndCrews(PageLayout p, RunResults r) {
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

    static void assumptions(PageLayout p, RunResults r, String title) {
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
}
