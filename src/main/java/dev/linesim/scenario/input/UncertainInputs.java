package dev.linesim.scenario.input;

import com.fasterxml.jackson.databind.JsonNode;
import dev.linesim.scenario.Problem;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A file's {@code uncertain} section: inputs given as distributions for a Monte Carlo study, each a key path (as in
 * {@code --set}) with its distribution and unit, and how many draws and inner replications to run.
 *
 * <pre>
 * uncertain:
 *   draws: 40
 *   replications: 3
 *   inputs:
 *     economics.price_per_kwh: {dist: triangular, min: 75, mode: 80, max: 90, unit: USD}
 *     product.capacity: {dist: pert, min: 290, mode: 305, max: 320, unit: Ah}
 *     economics.tax_rate: {cases: [0.21, 0.25], weights: [0.5, 0.5]}
 * </pre>
 *
 * @param draws        outer draws of the inputs
 * @param replications inner replications of the line per draw
 * @param seed         seed of the input draws
 * @param inputs       the uncertain inputs, in file order
 */
public record UncertainInputs(int draws, int replications, long seed, List<Input> inputs) {
    public static final int DEFAULT_DRAWS = 40;
    public static final int DEFAULT_REPLICATIONS = 3;

    public UncertainInputs {
        inputs = List.copyOf(inputs);
    }

    /** The distributions an input may follow. */
    public enum Kind { UNIFORM, TRIANGULAR, PERT, LOGNORMAL, CASES }

    /**
     * One uncertain input.
     *
     * @param path    the key path, as in {@code --set}
     * @param kind    its distribution
     * @param a       uniform, triangular, PERT: min; lognormal: mean
     * @param b       uniform, triangular, PERT: max; lognormal: cv
     * @param mode    triangular, PERT: the most likely value
     * @param unit    appended to every drawn number ({@code USD}, {@code Ah}, {@code wk}); empty for a plain number
     * @param cases   discrete cases: the values as written
     * @param weights discrete cases: their weights (normalised when drawn)
     */
    public record Input(String path, Kind kind, double a, double b, double mode, String unit, List<String> cases,
                        List<Double> weights) {
        public Input {
            cases = List.copyOf(cases);
            weights = List.copyOf(weights);
        }

        /** The value for a uniform number {@code u} in (0, 1), as text ready for an override (inverse transform). */
        public String valueAt(double u, Sampler sampler) {
            if (kind == Kind.CASES) {
                double total = weights.stream().mapToDouble(Double::doubleValue).sum();
                double c = 0;
                for (int i = 0; i < cases.size(); i++) {
                    c += weights.get(i) / total;
                    if (u < c) {
                        return cases.get(i);
                    }
                }
                return cases.get(cases.size() - 1);
            }
            String v = new java.math.BigDecimal(sampler.inverse(this, u)).round(new java.math.MathContext(6))
                    .stripTrailingZeros().toPlainString(); // plain digits: an override reads no exponent
            return unit.isEmpty() ? v : v + " " + unit;
        }

        /** Describes the distribution, for reports. */
        public String describe() {
            String u = unit.isEmpty() ? "" : " " + unit;
            return switch (kind) {
                case UNIFORM -> String.format(Locale.ROOT, "uniform %s to %s%s", fmt(a), fmt(b), u);
                case TRIANGULAR -> String.format(Locale.ROOT, "triangular %s / %s / %s%s", fmt(a), fmt(mode), fmt(b), u);
                case PERT -> String.format(Locale.ROOT, "PERT %s / %s / %s%s", fmt(a), fmt(mode), fmt(b), u);
                case LOGNORMAL -> String.format(Locale.ROOT, "lognormal mean %s%s, cv %s", fmt(a), u, fmt(b));
                case CASES -> "cases " + String.join(", ", cases) + " (weights " + weights.stream().map(Input::fmt).toList() + ")";
            };
        }

        private static String fmt(double v) {
            return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
        }
    }

    /** Inverse distribution functions; the simulation adapter gives SSJ's. */
    @FunctionalInterface
    public interface Sampler {
        double inverse(Input input, double u);
    }

    /** Reads the section, or null when the file has none; problems are located in the file and thrown together. */
    public static UncertainInputs read(YamlDocument doc, long defaultSeed) throws ScenarioException {
        JsonNode u = doc.root().path("uncertain");
        if (u.isMissingNode()) {
            return null;
        }
        List<Problem> problems = new ArrayList<>();
        List<Input> inputs = new ArrayList<>();
        u.path("inputs").fields().forEachRemaining(f -> {
            String at = "/uncertain/inputs/" + f.getKey().replace("~", "~0").replace("/", "~1");
            JsonNode d = f.getValue();
            String unit = d.path("unit").asText("");
            if (d.has("cases")) {
                List<String> cases = new ArrayList<>();
                d.get("cases").forEach(c -> cases.add(c.isTextual() ? c.asText() : c.toString()));
                List<Double> weights = new ArrayList<>();
                d.path("weights").forEach(w -> weights.add(w.asDouble()));
                if (weights.isEmpty()) {
                    cases.forEach(c -> weights.add(1.0));
                }
                if (weights.size() != cases.size() || weights.stream().anyMatch(w -> !(w >= 0))
                        || weights.stream().mapToDouble(Double::doubleValue).sum() <= 0) {
                    problems.add(Problem.error(doc.file(), doc.valueAt(at), doc.path(at), "expected one"
                            + " non-negative weight per case, not all zero (" + cases.size() + " cases, " + weights.size()
                            + " weights)"));
                }
                inputs.add(new Input(f.getKey(), Kind.CASES, 0, 0, 0, unit, cases, weights));
                return;
            }
            String dist = d.path("dist").asText("");
            Kind kind = switch (dist) {
                case "uniform" -> Kind.UNIFORM;
                case "triangular" -> Kind.TRIANGULAR;
                case "pert" -> Kind.PERT;
                case "lognormal" -> Kind.LOGNORMAL;
                default -> null;
            };
            if (kind == null) {
                problems.add(Problem.error(doc.file(), doc.valueAt(at), doc.path(at), "unknown distribution '"
                        + dist + "' (expected dist: uniform, triangular, pert or lognormal, or cases with weights)"));
                return;
            }
            double a = kind == Kind.LOGNORMAL ? d.path("mean").asDouble(Double.NaN) : d.path("min").asDouble(Double.NaN);
            double b = kind == Kind.LOGNORMAL ? d.path("cv").asDouble(Double.NaN) : d.path("max").asDouble(Double.NaN);
            double mode = d.path("mode").asDouble(Double.NaN);
            boolean ok = switch (kind) {
                case UNIFORM -> a < b;
                case TRIANGULAR, PERT -> a <= mode && mode <= b && a < b;
                case LOGNORMAL -> a > 0 && b > 0;
                case CASES -> true;
            };
            if (!ok) {
                problems.add(Problem.error(doc.file(), doc.valueAt(at), doc.path(at), switch (kind) {
                    case UNIFORM -> "expected min < max";
                    case TRIANGULAR, PERT -> "expected min <= mode <= max, with min < max";
                    default -> "expected a positive mean and cv";
                }));
            }
            inputs.add(new Input(f.getKey(), kind, a, b, mode, unit, List.of(), List.of()));
        });
        if (inputs.isEmpty() && problems.isEmpty()) {
            problems.add(Problem.error(doc.file(), doc.valueAt("/uncertain"), "uncertain", "no inputs (expected inputs:"
                    + " with a key path and a distribution for each)"));
        }
        int draws = u.path("draws").asInt(DEFAULT_DRAWS);
        int replications = u.path("replications").asInt(DEFAULT_REPLICATIONS);
        if (draws < 2 || replications < 2) {
            problems.add(Problem.error(doc.file(), doc.valueAt("/uncertain"), "uncertain", "expected at least 2 draws and"
                    + " 2 replications per draw (to tell the inputs' spread from the line's)"));
        }
        if (!problems.isEmpty()) {
            throw new ScenarioException(problems);
        }
        return new UncertainInputs(draws, replications, u.path("seed").asLong(defaultSeed), inputs);
    }
}
