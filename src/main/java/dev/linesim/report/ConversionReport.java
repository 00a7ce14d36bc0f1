package dev.linesim.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.linesim.experiment.ConversionStudy;
import dev.linesim.scenario.Conversion;
import dev.linesim.scenario.Quantities;
import dev.linesim.stats.Estimate;
import java.io.UncheckedIOException;
import java.util.Locale;

/** A conversion timeline as text (headline figures and the weekly table), JSON and a weekly CSV. */
public final class ConversionReport {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ConversionReport() {
    }

    public static String text(ConversionStudy s) {
        Conversion c = s.plan().conversion().orElseThrow();
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "%s: conversion of %s over %d weeks, %d replications; mean ± 95%% CI half-width%n",
                s.plan().name(), s.plan().base().name(), s.weeks(), s.lostMwh().n()));
        sb.append(String.format(Locale.ROOT, "  liquid line stops feeding at week %s, converted line restarts at week %s%n%n",
                weeks(c.cutoverStart()), weeks(c.restart())));
        line(sb, "Output lost to the conversion, MWh", SummaryTable.number(s.lostMwh(), 0));
        line(sb, "Output lost to the conversion, cells", SummaryTable.number(s.lostCells(), 0));
        line(sb, "Converted line overtakes (4-week output) in week",
                s.crossed() == 0 ? "not within the horizon" : SummaryTable.number(s.crossoverWeek(), 1)
                        + (s.crossed() < s.lostMwh().n() ? String.format(Locale.ROOT, " (in %d of %d replications)", s.crossed(), s.lostMwh().n()) : ""));
        line(sb, "Steady state, liquid line, GWh/yr", SummaryTable.number(s.liquid().line().gwhPerYear(), 2));
        line(sb, "Steady state, converted line, GWh/yr", SummaryTable.number(s.converted().line().gwhPerYear(), 2));
        s.converted().economics().retrofit().ifPresent(r -> line(sb, "Retrofit capex, net of salvage",
                EconomicsTable.millions(r.net(), s.converted().economics().currency())));
        line(sb, "Simple payback, years", s.paybackYears().map(p -> SummaryTable.number(p, 1))
                .orElse("n/a (set economics.price_per_kwh for both lines)"));
        sb.append(String.format(Locale.ROOT, "%n%6s %22s %22s %22s%n", "week", "staying liquid, MWh", "converting, MWh", "difference, MWh"));
        for (int w = 0; w < s.weeks(); w++) {
            sb.append(String.format(Locale.ROOT, "%6d %22s %22s %22s%n", w + 1, SummaryTable.number(s.baselineMwh().get(w), 0),
                    SummaryTable.number(s.convertedMwh().get(w), 0), SummaryTable.number(s.differenceMwh().get(w), 0)));
        }
        return sb.toString();
    }

    private static String weeks(double hours) {
        return Quantities.formatHours(hours).endsWith(" d") ? String.format(Locale.ROOT, "%.1f", hours / 168).replaceAll("\\.0$", "")
                : String.format(Locale.ROOT, "%.1f", hours / 168);
    }

    private static void line(StringBuilder sb, String label, String value) {
        sb.append(String.format(Locale.ROOT, "  %-50s %s%n", label, value));
    }

    public static String json(ConversionStudy s) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("format", ResultsJson.FORMAT);
        root.put("plan", s.plan().name());
        root.put("base", s.plan().base().name());
        Conversion c = s.plan().conversion().orElseThrow();
        root.put("horizon_h", c.horizon());
        root.put("cutover_start_h", c.cutoverStart());
        root.put("restart_h", c.restart());
        root.put("replications", s.lostMwh().n());
        ResultsJson.estimate(root.putObject("lost_mwh"), s.lostMwh());
        ResultsJson.estimate(root.putObject("lost_cells"), s.lostCells());
        ResultsJson.estimate(root.putObject("crossover_week"), s.crossoverWeek());
        root.put("crossed_in_replications", s.crossed());
        if (s.paybackYears().isPresent()) {
            ResultsJson.estimate(root.putObject("payback_years"), s.paybackYears().get());
        } else {
            root.putNull("payback_years");
        }
        ResultsJson.estimate(root.putObject("steady_liquid_gwh_per_year"), s.liquid().line().gwhPerYear());
        ResultsJson.estimate(root.putObject("steady_converted_gwh_per_year"), s.converted().line().gwhPerYear());
        ArrayNode weekly = root.putArray("weekly_mwh");
        for (int w = 0; w < s.weeks(); w++) {
            ObjectNode o = weekly.addObject();
            o.put("week", w + 1);
            ResultsJson.estimate(o.putObject("staying_liquid"), s.baselineMwh().get(w));
            ResultsJson.estimate(o.putObject("converting"), s.convertedMwh().get(w));
            ResultsJson.estimate(o.putObject("difference"), s.differenceMwh().get(w));
        }
        try {
            return MAPPER.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String csv(ConversionStudy s) {
        StringBuilder sb = new StringBuilder("week,staying_liquid_mwh,half_width,converting_mwh,half_width,difference_mwh,half_width\n");
        for (int w = 0; w < s.weeks(); w++) {
            Estimate b = s.baselineMwh().get(w);
            Estimate v = s.convertedMwh().get(w);
            Estimate d = s.differenceMwh().get(w);
            sb.append(String.format(Locale.ROOT, "%d,%s,%s,%s,%s,%s,%s%n", w + 1, n(b.mean()), n(b.halfWidth()),
                    n(v.mean()), n(v.halfWidth()), n(d.mean()), n(d.halfWidth())));
        }
        return sb.toString();
    }

    private static String n(double v) {
        return Double.isFinite(v) ? String.valueOf(v) : "";
    }

}
