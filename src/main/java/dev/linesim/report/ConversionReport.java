package dev.linesim.report;

import dev.linesim.results.ConversionResults;
import dev.linesim.results.Format;
import dev.linesim.stats.Estimate;
import java.util.Locale;

/** A conversion timeline as text (headline figures and the weekly table) and a tidy weekly CSV. */
public final class ConversionReport {
    private ConversionReport() {
    }

    public static String text(ConversionResults s) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "%s: conversion of %s over %d weeks, %d replications; mean ± 95%% CI half-width%n",
                s.plan(), s.base(), s.weeks(), s.replications()));
        sb.append(String.format(Locale.ROOT, "  liquid line stops feeding at week %s, converted line restarts at week %s%n%n",
                week(s.cutoverStartWeek()), week(s.restartWeek())));
        for (String[] row : headline(s)) {
            sb.append(String.format(Locale.ROOT, "  %-50s %s%n", row[0], row[1]));
        }
        sb.append(String.format(Locale.ROOT, "%n%6s %22s %22s %22s%n", "week", "staying liquid, MWh", "converting, MWh", "difference, MWh"));
        for (int w = 0; w < s.weeks(); w++) {
            sb.append(String.format(Locale.ROOT, "%6d %22s %22s %22s%n", w + 1, Numbers.number(s.stayingLiquid().get(w), 0),
                    Numbers.number(s.converting().get(w), 0), Numbers.number(s.difference().get(w), 0)));
        }
        return sb.toString();
    }

    /** The headline figures as label and value, as the text and the PDF report show them. */
    public static String[][] headline(ConversionResults s) {
        String crossover = s.crossed() == 0 ? "not within the horizon" : Numbers.number(s.crossoverWeek(), 1)
                + (s.crossed() < s.replications() ? String.format(Locale.ROOT, " (in %d of %d replications)", s.crossed(),
                s.replications()) : "");
        var retrofit = s.converted().capital().retrofit();
        String currency = s.converted().capital().currency();
        java.util.List<String[]> rows = new java.util.ArrayList<>(java.util.List.of(
            new String[] {"Net output lost (baseline - converting), MWh", Numbers.number(s.netLostMwh(), 0)},
            new String[] {"Net output lost, cells", Numbers.number(s.netLostCells(), 0)},
            new String[] {"Sum of weekly shortfalls to crossover, MWh", Numbers.number(s.lostMwh(), 0)},
            new String[] {"Sum of weekly shortfalls to crossover, cells", Numbers.number(s.lostCells(), 0)},
            new String[] {"Converted line overtakes (4-week output) in week", crossover},
            new String[] {"Steady state, liquid line, GWh/yr", Numbers.kpi(s.liquid().required("gwh_per_year"))},
            new String[] {"Steady state, converted line, GWh/yr", Numbers.kpi(s.converted().required("gwh_per_year"))},
            new String[] {"Retrofit capex, net of salvage", retrofit == null ? "n/a" : Numbers.millions(retrofit.net(), currency)}));
        ConversionResults.Decision d = s.decision();
        if (d == null) {
            rows.add(new String[] {"NPV, IRR, paybacks", "n/a (set economics.price_per_kwh for both lines)"});
        } else {
            String m = "M" + d.currency();
            rows.add(new String[] {"Margin of net output lost, " + m, Numbers.number(d.netLostMarginMillions(), 1)});
            rows.add(new String[] {"Margin of shortfalls to crossover, " + m, Numbers.number(d.shortfallMarginMillions(), 1)});
            rows.addAll(DecisionTable.rows(d));
        }
        return rows.toArray(String[][]::new);
    }

    static String week(double w) {
        return String.format(Locale.ROOT, "%.1f", w).replaceAll("\\.0$", "");
    }

    /** One row per week: each series' mean and half-width in MWh. */
    public static String csv(ConversionResults s) {
        StringBuilder sb = new StringBuilder("week,staying_liquid_mwh,staying_liquid_half_width,draining_liquid_mwh,"
                + "draining_liquid_half_width,converted_line_mwh,converted_line_half_width,converting_mwh,converting_half_width,"
                + "difference_mwh,difference_half_width\n");
        for (int w = 0; w < s.weeks(); w++) {
            sb.append(w + 1);
            for (Estimate e : new Estimate[] {s.stayingLiquid().get(w), s.draining().get(w), s.convertedLine().get(w),
                    s.converting().get(w), s.difference().get(w)}) {
                sb.append(',').append(Numbers.csv(e.mean())).append(',').append(Numbers.csv(e.halfWidth()));
            }
            sb.append('\n');
        }
        return sb.toString();
    }
}
