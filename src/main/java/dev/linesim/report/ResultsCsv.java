package dev.linesim.report;

import dev.linesim.results.CapexLine;
import dev.linesim.results.Capital;
import dev.linesim.results.KpiEstimate;
import dev.linesim.results.RunResults;
import dev.linesim.results.StationResults;
import dev.linesim.stats.Estimate;
import java.util.List;
import java.util.Locale;
import java.util.function.BiConsumer;

/**
 * A run as tidy CSV tables (one header, one row per observation, {@code \n} line endings): every KPI with its
 * CI ({@code results.csv}), every replication's value ({@code replications.csv}) and every capex item
 * ({@code capex.csv}).
 */
public final class ResultsCsv {
    public static final String HEADER = "scope,station,kpi,label,unit,mean,half_width,ci_low,ci_high,n";

    private ResultsCsv() {
    }

    /** KPIs: line and economics first, then each station's. */
    public static String kpis(RunResults run) {
        StringBuilder sb = new StringBuilder(HEADER).append('\n');
        eachKpi(run, (station, k) -> row(sb, station, k));
        return sb.toString();
    }

    /** Per-replication values of every KPI, one row each. */
    public static String replications(RunResults run) {
        StringBuilder sb = new StringBuilder("scope,station,kpi,unit,replication,value\n");
        eachKpi(run, (station, k) -> values(sb, station, k));
        return sb.toString();
    }

    /** Every KPI of a run with its station id ("" for line and economics KPIs), in file order. */
    private static void eachKpi(RunResults run, BiConsumer<String, KpiEstimate> action) {
        run.kpis().forEach(k -> action.accept("", k));
        for (StationResults st : run.stations()) {
            st.kpis().forEach(k -> action.accept(st.id(), k));
        }
    }

    /** Every capex item, with its fate and amounts in the scenario's currency. */
    public static String capex(Capital c) {
        StringBuilder sb = new StringBuilder("item,name,kind,fate,machines_before,machines_after,currency,value_before,"
                + "book_value,installed_value,new_purchase,modification_cost,salvage,priced_as\n");
        for (CapexLine i : c.items()) {
            sb.append(String.join(",", List.of(Numbers.csv(i.id()), Numbers.csv(i.name()), i.facility() ? "facility" : "station",
                    i.fate(), String.valueOf(i.machinesBefore()), String.valueOf(i.machinesAfter()), c.currency(),
                    i.valueBefore().toPlainString(), i.bookValue().toPlainString(), i.installedValue().toPlainString(), i.newPurchase().toPlainString(),
                    i.modificationCost().toPlainString(), i.salvage().toPlainString(), Numbers.csv(i.describe())))).append('\n');
        }
        return sb.toString();
    }

    private static void row(StringBuilder sb, String station, KpiEstimate k) {
        Estimate e = k.estimate();
        sb.append(k.kpi().scope().name().toLowerCase(Locale.ROOT)).append(',').append(Numbers.csv(station)).append(',')
                .append(k.key()).append(',').append(Numbers.csv(k.kpi().label())).append(',').append(Numbers.csv(k.kpi().unit()))
                .append(',').append(Numbers.csv(e.mean())).append(',').append(Numbers.csv(e.halfWidth())).append(',')
                .append(Numbers.csv(e.lower())).append(',').append(Numbers.csv(e.upper())).append(',').append(e.n()).append('\n');
    }

    private static void values(StringBuilder sb, String station, KpiEstimate k) {
        for (int r = 0; r < k.replications().size(); r++) {
            sb.append(k.kpi().scope().name().toLowerCase(Locale.ROOT)).append(',').append(Numbers.csv(station))
                    .append(',').append(k.key()).append(',').append(Numbers.csv(k.kpi().unit())).append(',').append(r + 1)
                    .append(',').append(Numbers.csv(k.replications().get(r))).append('\n');
        }
    }
}
