package dev.linesim.report;

import dev.linesim.experiment.RunSummary;
import dev.linesim.stats.Estimate;
import java.util.Locale;

/** One row per KPI ({@code scope,station,metric,unit,mean,half_width,ci_low,ci_high,n}), in a stable order. */
public final class ResultsCsv {
    public static final String HEADER = "scope,station,metric,unit,mean,half_width,ci_low,ci_high,n";

    private ResultsCsv() {
    }

    public static String render(RunSummary run) {
        StringBuilder sb = new StringBuilder(HEADER).append('\n');
        RunSummary.LineKpis k = run.line();
        row(sb, "line", "", "good_cells_per_h", "cells/h", k.cellsPerHour());
        row(sb, "line", "", "good_cells_per_day", "cells/d", k.goodCellsPerDay());
        row(sb, "line", "", "good_cells_per_year", "cells/yr", k.cellsPerYear());
        row(sb, "line", "", "gwh_per_year", "GWh/yr", k.gwhPerYear());
        row(sb, "line", "", "overall_yield", "fraction", k.overallYield());
        row(sb, "line", "", "wip_cells", "cells", k.wipCells());
        row(sb, "line", "", "lead_time_h", "h", k.leadTimeHours());
        for (RunSummary.StationKpis st : run.stations()) {
            row(sb, "station", st.id(), "yield", "fraction", st.yield());
            row(sb, "station", st.id(), "busy", "share", st.busy());
            row(sb, "station", st.id(), "blocked", "share", st.blocked());
            row(sb, "station", st.id(), "starved", "share", st.starved());
            row(sb, "station", st.id(), "down", "share", st.down());
            row(sb, "station", st.id(), "idle", "share", st.idle());
            row(sb, "station", st.id(), "utilisation", "share", st.utilisation());
            row(sb, "station", st.id(), "occupancy", st.unit(), st.occupancy());
            row(sb, "station", st.id(), "wip_cells", "cells", st.wipCells());
            row(sb, "station", st.id(), "good_cells_per_h", "cells/h", st.goodOutPerHour());
        }
        var e = run.economics();
        if (e.priced()) {
            String c = e.currency();
            row(sb, "economics", "", "capital_per_kwh_year", c + "/(kWh/yr)", e.capexPerKwhYear());
            e.costPerKwh().ifPresent(cost -> row(sb, "economics", "", "cost_per_kwh", c + "/kWh", cost));
        }
        for (int d = 0; d < run.dailyGood().size(); d++) {
            row(sb, "day", "", "good_cells_day_" + (d + 1), "cells", run.dailyGood().get(d));
        }
        return sb.toString();
    }

    private static void row(StringBuilder sb, String scope, String station, String metric, String unit, Estimate e) {
        sb.append(scope).append(',').append(station).append(',').append(metric).append(',').append(unit).append(',')
                .append(num(e.mean())).append(',').append(num(e.halfWidth())).append(',')
                .append(num(e.lower())).append(',').append(num(e.upper())).append(',').append(e.n()).append('\n');
    }

    private static String num(double v) {
        return Double.isFinite(v) ? String.format(Locale.ROOT, "%.10g", v).replaceAll("(\\.\\d*?)0+(e|$)", "$1$2").replaceAll("\\.(e|$)", "$1") : "";
    }
}
