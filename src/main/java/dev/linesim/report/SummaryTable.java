package dev.linesim.report;

import dev.linesim.results.KpiEstimate;
import dev.linesim.results.RunResults;
import dev.linesim.results.Scope;
import dev.linesim.results.StationResults;
import java.util.List;
import java.util.Locale;

/** The concise table printed after a run: line KPIs, the bottleneck, one row per station, then capital. */
public final class SummaryTable {
    /** Station KPIs shown in the table, in order. */
    static final List<String> STATION_COLUMNS = List.of("yield", "busy", "blocked", "starved", "down", "idle", "good_cells_per_h");

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
        line(sb, "Bottleneck", Titles.bottleneck(run.bottleneck()));
        sb.append('\n');
        String format = "%-22s %8s %13s %13s %13s %13s %13s %13s %15s%n";
        sb.append(String.format(Locale.ROOT, format, "station", "machines", "yield", "busy", "blocked", "starved", "down",
                "idle (plan)", "cells/h out"));
        for (StationResults st : run.stations()) {
            Object[] cells = new Object[2 + STATION_COLUMNS.size()];
            String id = st.id().equals(run.bottleneck().station()) ? "*" + st.id() : st.id();
            cells[0] = clip(id, 22);
            cells[1] = st.machines() == StationResults.UNLIMITED ? "unlim." : String.format(Locale.ROOT, "%d", st.machines());
            for (int i = 0; i < STATION_COLUMNS.size(); i++) {
                cells[2 + i] = st.kpi(STATION_COLUMNS.get(i)).map(Numbers::kpi).orElse("n/a");
            }
            sb.append(String.format(Locale.ROOT, format, cells));
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
