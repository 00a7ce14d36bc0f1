package dev.linesim.cli;

import dev.linesim.scenario.Quantities;
import dev.linesim.scenario.RunSettings;
import java.util.Optional;
import picocli.CommandLine.Option;

/** Options that override a scenario's run settings: replications, seed, horizon and warm-up. */
final class RunSettingsOptions {
    private static final String AUTO = "auto";
    @Option(names = {"-r", "--replications"}, paramLabel = "N", description = "Replications, or auto: add them until"
            + " the file's precision target (default: GWh/yr within 1 %%) is met (overrides the file).")
    String replications;
    @Option(names = "--seed", paramLabel = "SEED", description = "Base seed (overrides the file).")
    Long seed;
    @Option(names = "--horizon", paramLabel = "TIME", description = "Simulated time per replication, e.g. \"60 d\" (overrides the file).")
    String horizon;
    @Option(names = "--warmup", paramLabel = "TIME", description = "Warm-up, e.g. \"10 d\", or auto: detected by"
            + " MSER-5 from a pilot run (overrides the file).")
    String warmup;

    /** The settings with the given options applied; a contradiction is a usage error. */
    RunSettings apply(RunSettings r) {
        double h = horizon != null ? duration("--horizon", horizon) : r.horizon();
        boolean autoWarmup = warmup != null ? warmup.strip().equals(AUTO) : r.autoWarmup();
        double w = warmup != null ? (autoWarmup ? 0 : duration("--warmup", warmup)) : r.warmup();
        if (w >= h) {
            throw new UsageException("warm-up " + Quantities.formatHours(w) + " is not shorter than the horizon "
                    + Quantities.formatHours(h) + " (expected warmup < horizon)");
        }
        Optional<RunSettings.Precision> precision = r.precision();
        int n = r.replications();
        if (replications != null && replications.strip().equals(AUTO)) {
            precision = Optional.of(precision.orElse(RunSettings.Precision.DEFAULT));
            n = RunSettings.MIN_AUTO_REPLICATIONS;
        } else if (replications != null) {
            try {
                n = Integer.parseInt(replications.strip());
            } catch (NumberFormatException e) {
                throw new UsageException("--replications: expected a whole number or auto, was \"" + replications + "\"");
            }
            precision = Optional.empty();
        }
        if (n < 1) {
            throw new UsageException("--replications must be at least 1, was " + n);
        }
        if (seed != null && seed < 0) {
            throw new UsageException("--seed must not be negative, was " + seed);
        }
        return new RunSettings(h, w, n, seed != null ? seed : r.seed(), autoWarmup, precision);
    }

    /** Worker threads: the option, else every core. */
    static int threads(Integer option) {
        int workers = option != null ? option : Runtime.getRuntime().availableProcessors();
        if (workers < 1) {
            throw new UsageException("--threads must be at least 1, was " + workers);
        }
        return workers;
    }

    private static double duration(String option, String text) {
        double hours = Quantities.hours(text).orElseThrow(() -> new UsageException(
                option + ": expected " + Quantities.DURATION_FORMS + ", was \"" + text + "\""));
        if (option.equals("--horizon") && hours <= 0) {
            throw new UsageException(option + ": expected a positive duration, was \"" + text + "\"");
        }
        return hours;
    }
}
