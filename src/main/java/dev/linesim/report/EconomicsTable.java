package dev.linesim.report;

import dev.linesim.results.Capital;
import dev.linesim.results.KpiEstimate;
import dev.linesim.results.Retrofit;
import dev.linesim.results.RunResults;
import dev.linesim.results.Scope;

/** The money part of the run summary: capex, reuse and savings for a retrofit, then the economics KPIs. */
public final class EconomicsTable {
    private EconomicsTable() {
    }

    public static String render(RunResults run) {
        Capital cap = run.capital();
        if (!cap.priced()) {
            return "";
        }
        String c = cap.currency();
        StringBuilder sb = new StringBuilder("\nCapital (").append(c).append(")\n");
        if (cap.retrofit() != null) {
            retrofit(sb, cap.retrofit(), c);
        }
        SummaryTable.line(sb, "Line equipment, installed", Numbers.millions(cap.equipment(), c));
        SummaryTable.line(sb, "Facility (building, utilities, dry room)", Numbers.millions(cap.facility(), c));
        for (KpiEstimate k : run.kpis()) {
            if (k.kpi().scope() == Scope.ECONOMICS && !k.key().equals("retrofit_capex")) {
                SummaryTable.line(sb, Titles.indented(k.kpi(), "  ") + (k.key().equals("capital_employed") && cap.retrofit() != null
                        ? " (kept + retrofit)" : ""), Numbers.kpi(k) + " " + k.kpi().unit());
            }
        }
        return sb.toString();
    }

    private static void retrofit(StringBuilder sb, Retrofit r, String c) {
        SummaryTable.line(sb, "Retrofit capex (gross)", Numbers.millions(r.gross(), c) + "  = new equipment "
                + Numbers.millions(r.newEquipment(), c) + " + facility " + Numbers.millions(r.newFacility(), c)
                + " + modifications " + Numbers.millions(r.modifications(), c));
        SummaryTable.line(sb, "Salvage of retired equipment", Numbers.millions(r.salvage(), c));
        SummaryTable.line(sb, "Retrofit capex (net of salvage)", Numbers.millions(r.net(), c));
        SummaryTable.line(sb, "Greenfield line of the same design", Numbers.millions(r.greenfield(), c));
        SummaryTable.line(sb, "Retrofit / greenfield", Numbers.percent(r.shareOfGreenfield()) + "  (saving "
                + Numbers.percent(1 - r.shareOfGreenfield()) + ")");
        SummaryTable.line(sb, "Existing equipment kept, by value", Numbers.percent(r.keptShareOfExistingByValue())
                + "  (by station " + Numbers.percent(r.keptShareOfExistingByStations()) + ")");
        SummaryTable.line(sb, "Converted line reused, by value", Numbers.percent(r.reuseShareByValue())
                + "  (by station " + Numbers.percent(r.reuseShareByStations()) + ", by machine "
                + Numbers.percent(r.reuseShareByCount()) + ": " + r.reusedMachines() + " of " + r.machines() + ")");
    }
}
