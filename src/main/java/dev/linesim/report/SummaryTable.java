package dev.linesim.report;

import dev.linesim.experiment.RunSummary;
import dev.linesim.scenario.Quantities;
import dev.linesim.scenario.Scenario;
import dev.linesim.stats.Estimate;
import java.util.Locale;

/** The concise table printed after a run: line KPIs, then one row per station. Each value is mean ± 95 % half-width. */
public final class SummaryTable {
    private SummaryTable() {
    }

    public static String render(RunSummary run) {
        Scenario s = run.scenario();
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "%s: %d replications of %s (warm-up %s), seed %d; mean ± 95%% CI half-width%n",
                s.name(), s.run().replications(), Quantities.formatHours(s.run().horizon()),
                Quantities.formatHours(s.run().warmup()), s.run().seed()));
        RunSummary.LineKpis k = run.line();
        line(sb, "Good cells per hour", number(k.cellsPerHour(), 1));
        line(sb, "Good cells per day", number(k.goodCellsPerDay(), 0));
        line(sb, String.format(Locale.ROOT, "Good cells per year (%s d)", trim(s.calendar().daysPerYear())),
                number(k.cellsPerYear().times(1e-6), 3) + " M");
        line(sb, "Output, GWh/yr", number(k.gwhPerYear(), 3));
        line(sb, "Overall yield (main path)", percent(k.overallYield()));
        line(sb, "WIP on main path, cells", number(k.wipCells(), 0));
        line(sb, "Lead time, days", number(k.leadTimeHours().times(1 / 24.0), 2));
        sb.append('\n');
        String format = "%-22s %8s %13s %13s %13s %13s %13s %13s %15s%n";
        sb.append(String.format(Locale.ROOT, format, "station", "machines", "yield", "busy", "blocked", "starved", "down",
                "idle (plan)", "cells/h out"));
        for (RunSummary.StationKpis st : run.stations()) {
            sb.append(String.format(Locale.ROOT, format, clip(st.id(), 22),
                    st.machines() == Integer.MAX_VALUE ? "unlim." : String.valueOf(st.machines()),
                    percent(st.yield()), percent(st.busy()), percent(st.blocked()), percent(st.starved()),
                    percent(st.down()), percent(st.idle()), number(st.goodOutPerHour(), 1)));
        }
        sb.append(EconomicsTable.render(run));
        return sb.toString();
    }

    private static void line(StringBuilder sb, String label, String value) {
        sb.append(String.format(Locale.ROOT, "  %-30s %s%n", label, value));
    }

    /**
     * Mean ± half-width, with enough decimals to show the half-width to two significant digits
     * (at least {@code minDecimals}, at most 6).
     */
    static String number(Estimate e, int minDecimals) {
        if (Double.isNaN(e.mean())) {
            return "n/a";
        }
        int decimals = minDecimals;
        if (e.halfWidth() <= 1e-9 * Math.max(1, Math.abs(e.mean()))) {
            return String.format(Locale.ROOT, "%,." + minDecimals + "f", e.mean()); // the same in every replication
        }
        if (e.halfWidth() > 0) {
            decimals = Math.max(minDecimals, Math.min(6, 1 - (int) Math.floor(Math.log10(e.halfWidth()))));
        }
        String f = "%,." + decimals + "f";
        String mean = String.format(Locale.ROOT, f, e.mean());
        return Double.isNaN(e.halfWidth()) ? mean : mean + " ± " + String.format(Locale.ROOT, f, e.halfWidth());
    }

    static String percent(Estimate e) {
        if (Double.isNaN(e.mean())) {
            return "n/a";
        }
        String mean = String.format(Locale.ROOT, "%.1f%%", 100 * e.mean());
        return Double.isNaN(e.halfWidth()) ? mean : mean + " ± " + String.format(Locale.ROOT, "%.1f", 100 * e.halfWidth());
    }

    private static String clip(String s, int width) {
        return s.length() <= width ? s : s.substring(0, width - 1) + "~";
    }

    private static String trim(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
    }
}
