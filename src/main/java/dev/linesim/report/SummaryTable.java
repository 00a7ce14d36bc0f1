package dev.linesim.report;

import dev.linesim.results.KpiEstimate;
import dev.linesim.results.RunResults;
import dev.linesim.results.Scope;
import dev.linesim.results.StationResults;
import java.util.List;
import java.util.Locale;

/** The concise table printed after a run: line KPIs, the bottleneck, one row per station, then capital. */
public final class SummaryTable {
    /** Station KPIs shown in the table, in order, with their headings; a column whose KPI no station has is left out. */
    static final List<String> STATION_COLUMNS = List.of("yield", "busy", "blocked", "starved", "down", "waiting_for_crew",
            "idle", "good_cells_per_h");
    private static final List<String> HEADINGS = List.of("yield", "busy", "blocked", "starved", "down", "wait crew",
            "idle (plan)", "cells/h out");

    private SummaryTable() {
    }

    public static String render(RunResults run) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "%s: %s; mean ± 95%% CI half-width%n", run.scenario().name(), Titles.runSettings(run.run())));
        String precision = Titles.checks(run.checks());
        if (!precision.isEmpty()) {
            sb.append("  ").append(precision).append('\n');
        }
        for (String w : run.checks().warnings()) {
            sb.append("  WARNING: ").append(w).append('\n');
        }
        for (KpiEstimate k : run.kpis()) {
            if (k.kpi().scope() == Scope.LINE) {
                line(sb, k.kpi().label(), Numbers.kpi(k));
            }
        }
        if (!run.grades().isEmpty()) {
            List<String> grades = new java.util.ArrayList<>();
            for (var g : run.grades()) {
                grades.add(g.name() + " " + Numbers.show(g.share().estimate(), g.share().kpi().format())
                        + (g.price() == null ? "" : " (" + g.price() + ")"));
            }
            line(sb, "Grades, share of good cells", String.join("; ", grades));
        }
        line(sb, "Bottleneck", Titles.bottleneck(run.bottleneck()));
        sb.append('\n');
        List<Integer> shown = new java.util.ArrayList<>();
        StringBuilder format = new StringBuilder("%-22s %8s");
        List<Object> headings = new java.util.ArrayList<>(List.of("station", "machines"));
        for (int i = 0; i < STATION_COLUMNS.size(); i++) {
            String key = STATION_COLUMNS.get(i);
            if (run.stations().stream().anyMatch(st -> st.kpi(key).isPresent())) {
                shown.add(i);
                format.append(key.equals("good_cells_per_h") ? " %15s" : " %13s");
                headings.add(HEADINGS.get(i));
            }
        }
        format.append("%n");
        sb.append(String.format(Locale.ROOT, format.toString(), headings.toArray()));
        for (StationResults st : run.stations()) {
            List<Object> cells = new java.util.ArrayList<>();
            String id = st.id().equals(run.bottleneck().station()) ? "*" + st.id() : st.id();
            cells.add(clip(id, 22));
            cells.add(st.machines() == StationResults.UNLIMITED ? "unlim." : String.format(Locale.ROOT, "%d", st.machines()));
            for (int i : shown) {
                cells.add(st.kpi(STATION_COLUMNS.get(i)).map(Numbers::kpi).orElse("n/a"));
            }
            sb.append(String.format(Locale.ROOT, format.toString(), cells.toArray()));
        }
        if (run.bottleneck().named()) {
            sb.append("* bottleneck\n");
        }
        sb.append(EconomicsTable.render(run));
        if (run.decision() != null) {
            sb.append(DecisionTable.text("Converting against staying liquid (" + run.scenario().base() + ")", run.decision()));
        }
        return sb.toString();
    }

    static void line(StringBuilder sb, String label, String value) {
        sb.append(String.format(Locale.ROOT, "  %-42s %s%n", label, value));
    }

    private static String clip(String s, int width) {
        return s.length() <= width ? s : s.substring(0, width - 1) + "~";
    }
}
