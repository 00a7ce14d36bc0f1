package dev.linesim.report;

import dev.linesim.economics.RetrofitCapex;
import dev.linesim.experiment.LineEconomics;
import dev.linesim.experiment.RunSummary;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

/** The money part of the run summary: capex, reuse and savings for a retrofit, cost per kWh. */
public final class EconomicsTable {
    private EconomicsTable() {
    }

    public static String render(RunSummary run) {
        LineEconomics e = run.economics();
        if (!e.priced()) {
            return "";
        }
        String c = e.currency();
        StringBuilder sb = new StringBuilder("\nCapital (").append(c).append(")\n");
        e.retrofit().ifPresent(r -> retrofit(sb, r, c));
        line(sb, "Line equipment, installed", millions(e.equipment(), c));
        line(sb, "Facility (building, utilities, dry room)", millions(e.facility(), c));
        line(sb, run.plan().isPresent() ? "Capital employed (kept + retrofit)" : "Capital employed", millions(e.capitalBase(), c));
        line(sb, "Annual capital charge", millions(e.capitalCharge(), c) + "/yr");
        line(sb, "Capital per kWh of annual output", SummaryTable.number(e.capexPerKwhYear(), 1) + " " + c + "/(kWh/yr)");
        e.costPerKwh().ifPresent(cost -> line(sb, "Cost per kWh of good output", SummaryTable.number(cost, 2) + " " + c + "/kWh"));
        return sb.toString();
    }

    private static void retrofit(StringBuilder sb, RetrofitCapex r, String c) {
        line(sb, "Retrofit capex (gross)", millions(r.gross(), c) + "  = new equipment " + millions(r.newEquipment(), c)
                + " + facility " + millions(r.newFacility(), c) + " + modifications " + millions(r.modifications(), c));
        line(sb, "Salvage of retired equipment", millions(r.salvage(), c));
        line(sb, "Retrofit capex (net of salvage)", millions(r.net(), c));
        line(sb, "Greenfield line of the same design", millions(r.greenfield(), c));
        line(sb, "Retrofit / greenfield", percent(r.shareOfGreenfield()) + "  (saving " + percent(r.savingsVsGreenfield()) + ")");
        line(sb, "Equipment reused, by value", percent(r.reuseShareByValue()));
        line(sb, "Equipment reused, by machine count", percent(r.reuseShareByCount())
                + String.format(Locale.ROOT, "  (%d of %d)", r.reusedMachines(), r.machines()));
    }

    static String millions(BigDecimal amount, String currency) {
        return amount.movePointLeft(6).setScale(2, RoundingMode.HALF_EVEN).toPlainString() + " M" + currency;
    }

    private static String percent(double share) {
        return Double.isNaN(share) ? "n/a" : String.format(Locale.ROOT, "%.1f%%", 100 * share);
    }

    private static void line(StringBuilder sb, String label, String value) {
        sb.append(String.format(Locale.ROOT, "  %-42s %s%n", label, value));
    }
}
