package dev.linesim.cli;

import dev.linesim.experiment.WorkEstimate;
import dev.linesim.scenario.Scenario;
import java.util.Locale;
import picocli.CommandLine.Option;

/** Refuses, before simulating, a run estimated to take far longer than intended, unless {@code --force} is given. */
final class WorkLimit {
    @Option(names = "--force", description = "Run even when the work estimate is beyond the limit (about 40 min on two"
            + " cores).")
    boolean force;

    /** Checks the work of simulating {@code scenario} {@code times} times over (a conversion simulates three lines). */
    void check(Scenario scenario, double times, int threads) {
        WorkEstimate w = WorkEstimate.of(scenario);
        double events = w.events() * times;
        if (force || events <= WorkEstimate.LIMIT) {
            return;
        }
        double seconds = w.seconds(threads) * times;
        throw new UsageException(String.format(Locale.ROOT, "%s: the run would execute about %.1e events, %s on %d"
                + " threads, beyond the limit of %.0e; shorten run.horizon, use fewer replications or larger units"
                + " (cells_per_unit), or add --force to run it anyway", scenario.name(), events,
                WorkEstimate.duration(seconds), threads, WorkEstimate.LIMIT));
    }
}
