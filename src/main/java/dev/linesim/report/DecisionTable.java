package dev.linesim.report;

import dev.linesim.results.ConversionResults;
import dev.linesim.results.Format;
import dev.linesim.stats.Estimate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The conversion decision as label and value rows: NPV, IRR and both paybacks, each with its CI. */
public final class DecisionTable {
    private DecisionTable() {
    }

    public static List<String[]> rows(ConversionResults.Decision d) {
        String m = "M" + d.currency();
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {String.format(Locale.ROOT, "NPV over %d years at %s, %s", d.planningYears(),
                Numbers.percent(d.discountRate()), m), Numbers.number(d.npvMillions(), 1)});
        rows.add(new String[] {"IRR", d.irr().n() == 0 ? "none (never pays back)" : Numbers.percent(d.irr())
                + paidIn(d.irr().n(), d.replications())});
        rows.add(new String[] {"Simple payback from first outlay, years", payback(d.simplePaybackYears(), d)});
        rows.add(new String[] {"Discounted payback from 1st outlay, years", payback(d.discountedPaybackYears(), d)});
        return rows;
    }

    /** The decision as text lines under a heading, for the run and comparison summaries. */
    public static String text(String heading, ConversionResults.Decision d) {
        StringBuilder sb = new StringBuilder("\n").append(heading).append('\n');
        sb.append("  basis: ").append(d.basis()).append('\n');
        for (String[] row : rows(d)) {
            SummaryTable.line(sb, row[0], row[1]);
        }
        return sb.toString();
    }

    private static String payback(Estimate e, ConversionResults.Decision d) {
        if (e.n() == 0) {
            return "not within " + d.planningYears() + " years";
        }
        return Numbers.show(e, Format.DECIMAL_1) + paidIn(e.n(), d.replications());
    }

    private static String paidIn(int n, int of) {
        return n < of ? String.format(Locale.ROOT, " (in %d of %d replications)", n, of) : "";
    }
}
