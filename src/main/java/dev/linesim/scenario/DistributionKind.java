package dev.linesim.scenario;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The distributions a scenario may write as {@code {dist: <name>, ...}} and the parameters each takes: the one table
 * the binder reads, checked against the schema's {@code $defs/distribution} by a test.
 */
public enum DistributionKind {
    CONSTANT("constant", "value"),
    EXPONENTIAL("exponential", "mean"),
    LOGNORMAL("lognormal", "mean", "cv"),
    TRIANGULAR("triangular", "min", "mode", "max"),
    UNIFORM("uniform", "min", "max"),
    WEIBULL("weibull", "shape", "scale"),
    EMPIRICAL("empirical", "values");

    private final String key;
    private final List<String> parameters;

    DistributionKind(String key, String... parameters) {
        this.key = key;
        this.parameters = List.of(parameters);
    }

    /** The name written after {@code dist:}. */
    public String key() {
        return key;
    }

    /** Its parameters, in the order messages list them. */
    public List<String> parameters() {
        return parameters;
    }

    public static Optional<DistributionKind> named(String key) {
        return Arrays.stream(values()).filter(k -> k.key.equals(key)).findFirst();
    }

    /** Every parameter any distribution takes, each once. */
    public static List<String> allParameters() {
        return Arrays.stream(values()).flatMap(k -> k.parameters.stream()).distinct().toList();
    }
}
