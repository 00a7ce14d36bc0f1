package dev.linesim.scenario.input;

import com.fasterxml.jackson.databind.JsonNode;
import dev.linesim.scenario.Distribution;
import dev.linesim.scenario.DistributionKind;
import dev.linesim.scenario.Problem;
import dev.linesim.scenario.Quantities;
import java.util.List;
import java.util.OptionalDouble;

/**
 * Binds durations and distributions where a scenario writes them: a plain duration ("4 h") or a mapping with
 * {@code dist} and the parameters {@link DistributionKind} lists for it. Checks what the schema cannot: the
 * parameters each distribution needs and takes, their order (min &lt;= mode &lt;= max), positive and finite values, and
 * means within a century; every problem is added to the shared list.
 */
final class DistributionBinder {
    private final YamlDocument doc;
    private final List<Problem> problems;

    DistributionBinder(YamlDocument doc, List<Problem> problems) {
        this.doc = doc;
        this.problems = problems;
    }

    /**
     * A distribution written either as a plain duration or as a mapping with {@code dist}.
     * A plain duration is a constant, except for failures, where it is the mean of an exponential.
     */
    Distribution distribution(String at, boolean plainIsExponential) {
        JsonNode n = doc.root().at(at);
        if (n.isTextual()) {
            double v = positiveHours(at);
            return plainIsExponential ? new Distribution.Exponential(v) : new Distribution.Constant(v);
        }
        String dist = n.path("dist").asText();
        Distribution d = switch (dist) {
            case "constant" -> new Distribution.Constant(positiveHours(need(at, "value", dist)));
            case "exponential" -> new Distribution.Exponential(positiveHours(need(at, "mean", dist)));
            case "lognormal" -> new Distribution.Lognormal(positiveHours(need(at, "mean", dist)),
                    n.has("cv") ? n.get("cv").asDouble() : needNumber(at, "cv", dist));
            case "triangular" -> triangular(at, dist);
            case "uniform" -> uniform(at, dist);
            case "weibull" -> new Distribution.Weibull(n.has("shape") ? n.get("shape").asDouble() : needNumber(at, "shape", dist),
                    positiveHours(need(at, "scale", dist)));
            case "empirical" -> empirical(at, dist);
            default -> new Distribution.Constant(Double.NaN); // the schema has already reported it
        };
        double mean = d.mean();
        if (!Double.isNaN(mean) && !(mean <= Quantities.MAX_HOURS)) {
            error(at, "the mean of this " + (dist.isEmpty() ? "duration" : dist + " distribution") + " is "
                    + (Double.isFinite(mean) ? Quantities.formatHours(mean) : "infinite")
                    + " (expected at most " + Quantities.formatHours(Quantities.MAX_HOURS) + ")");
        }
        for (String key : DistributionKind.allParameters()) {
            if (n.has(key) && !usedBy(dist).contains(key)) {
                error(at + "/" + key, "'" + key + "' does not apply to a " + dist + " distribution (expected "
                        + String.join(", ", usedBy(dist)) + ")");
            }
        }
        return d;
    }

    private static List<String> usedBy(String dist) {
        return DistributionKind.named(dist).map(DistributionKind::parameters).orElse(List.of());
    }

    private Distribution triangular(String at, String dist) {
        double min = hours(need(at, "min", dist));
        double mode = hours(need(at, "mode", dist));
        double max = hours(need(at, "max", dist));
        if (!(min <= mode && mode <= max && min < max)) {
            error(at, "expected min <= mode <= max with min < max, was " + Quantities.formatHours(min) + ", "
                    + Quantities.formatHours(mode) + ", " + Quantities.formatHours(max));
        }
        return new Distribution.Triangular(min, mode, max);
    }

    private Distribution uniform(String at, String dist) {
        double min = hours(need(at, "min", dist));
        double max = hours(need(at, "max", dist));
        if (!(min < max)) {
            error(at, "expected min < max, was " + Quantities.formatHours(min) + " and " + Quantities.formatHours(max));
        }
        return new Distribution.Uniform(min, max);
    }

    private Distribution empirical(String at, String dist) {
        JsonNode values = doc.root().at(need(at, "values", dist));
        double[] hours = new double[values.size()];
        for (int i = 0; i < hours.length; i++) {
            hours[i] = hours(at + "/values/" + i);
        }
        if (hours.length > 0 && java.util.Arrays.stream(hours).sum() <= 0) {
            error(at + "/values", "expected at least one positive duration");
        }
        return new Distribution.Empirical(hours);
    }

    /** Pointer of a required distribution parameter; reports it when missing. */
    private String need(String at, String key, String dist) {
        if (doc.root().at(at + "/" + key).isMissingNode()) {
            error(at, "a " + dist + " distribution needs '" + key + "' (expected " + String.join(", ", usedBy(dist)) + ")");
        }
        return at + "/" + key;
    }

    private double needNumber(String at, String key, String dist) {
        need(at, key, dist);
        return Double.NaN;
    }

    double hours(String pointer) {
        JsonNode v = doc.root().at(pointer);
        if (v.isMissingNode()) {
            return Double.NaN;
        }
        OptionalDouble h = Quantities.hours(v.asText());
        if (h.isPresent() && !(h.getAsDouble() <= Quantities.MAX_HOURS)) {
            error(pointer, "expected a duration of at most " + Quantities.formatHours(Quantities.MAX_HOURS) + " (100 years),"
                    + " was " + v.asText());
            return Double.NaN;
        }
        return h.orElse(Double.NaN); // malformed durations were reported by the schema
    }

    double positiveHours(String pointer) {
        double h = hours(pointer);
        if (h == 0) {
            error(pointer, "expected a positive duration, was " + doc.root().at(pointer).asText());
        }
        return h;
    }

    private void error(String pointer, String message) {
        problems.add(Problem.error(doc.file(), doc.valueAt(pointer), doc.path(pointer), message));
    }
}
