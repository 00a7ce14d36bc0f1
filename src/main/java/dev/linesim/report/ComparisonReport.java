package dev.linesim.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.linesim.experiment.Comparison;
import dev.linesim.experiment.RunSummary;
import dev.linesim.stats.Estimate;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;

/** A comparison as a table (each scenario, and its paired difference to the first with a 95 % CI), JSON and CSV. */
public final class ComparisonReport {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ComparisonReport() {
    }

    public static String text(Comparison c) {
        RunSummary first = c.runs().get(0);
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "Compared with common random numbers: %d replications of %s (warm-up %s), seed %d.%n",
                first.scenario().run().replications(), dev.linesim.scenario.Quantities.formatHours(first.scenario().run().horizon()),
                dev.linesim.scenario.Quantities.formatHours(first.scenario().run().warmup()), first.scenario().run().seed()));
        sb.append("Differences are each scenario minus ").append(first.scenario().name())
                .append(", from paired replications; * marks a 95% CI that excludes zero.\n\n");
        for (Comparison.Metric m : c.metrics()) {
            sb.append(m.name()).append(" (").append(m.unit()).append(")\n");
            for (int i = 0; i < c.runs().size(); i++) {
                Estimate v = m.values().get(i);
                Estimate d = m.differences().get(i);
                String diff = i == 0 ? "" : "   difference " + signed(d) + (significant(d) ? " *" : "");
                sb.append(String.format(Locale.ROOT, "  %-38s %-24s%s%n", c.runs().get(i).scenario().name(),
                        SummaryTable.number(v, 2), diff));
            }
        }
        return sb.toString();
    }

    /** Whether the interval of a difference excludes zero. */
    public static boolean significant(Estimate d) {
        return d.n() > 1 && !Double.isNaN(d.halfWidth()) && (d.lower() > 0 || d.upper() < 0);
    }

    private static String signed(Estimate d) {
        String s = SummaryTable.number(d, 2);
        return d.mean() >= 0 && !s.startsWith("n/a") ? "+" + s : s;
    }

    public static String json(Comparison c) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("format", ResultsJson.FORMAT);
        ArrayNode scenarios = root.putArray("scenarios");
        c.runs().forEach(r -> scenarios.add(r.scenario().name()));
        RunSummary first = c.runs().get(0);
        ObjectNode run = root.putObject("run");
        run.put("horizon_h", first.scenario().run().horizon());
        run.put("warmup_h", first.scenario().run().warmup());
        run.put("replications", first.scenario().run().replications());
        run.put("seed", first.scenario().run().seed());
        ArrayNode metrics = root.putArray("metrics");
        for (Comparison.Metric m : c.metrics()) {
            ObjectNode o = metrics.addObject();
            o.put("metric", m.name());
            o.put("unit", m.unit());
            ArrayNode rows = o.putArray("scenarios");
            for (int i = 0; i < c.runs().size(); i++) {
                ObjectNode row = rows.addObject();
                row.put("scenario", c.runs().get(i).scenario().name());
                ResultsJson.estimate(row.putObject("value"), m.values().get(i));
                ResultsJson.estimate(row.putObject("difference"), m.differences().get(i));
                row.put("significant", i > 0 && significant(m.differences().get(i)));
            }
        }
        try {
            return MAPPER.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String csv(Comparison c) {
        StringBuilder sb = new StringBuilder("metric,unit,scenario,mean,half_width,difference,difference_half_width,significant\n");
        for (Comparison.Metric m : c.metrics()) {
            for (int i = 0; i < c.runs().size(); i++) {
                Estimate v = m.values().get(i);
                Estimate d = m.differences().get(i);
                sb.append(String.join(",", List.of(m.name(), m.unit(), c.runs().get(i).scenario().name(), num(v.mean()),
                        num(v.halfWidth()), num(d.mean()), num(d.halfWidth()), String.valueOf(i > 0 && significant(d))))).append('\n');
            }
        }
        return sb.toString();
    }


    private static String num(double v) {
        return Double.isFinite(v) ? String.valueOf(v) : "";
    }
}
