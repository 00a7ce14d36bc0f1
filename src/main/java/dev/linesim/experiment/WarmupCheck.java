package dev.linesim.experiment;

import dev.linesim.time.Hours;
import dev.linesim.line.ReplicationResult;
import dev.linesim.results.Checks;
import dev.linesim.scenario.Quantities;
import dev.linesim.stats.Mser;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * Finds the initial transient of a run and says when the warm-up or the precision cannot be trusted. The transient
 * is the longer of the MSER-5 truncation points ({@link Mser}) of the line's good output and of its mean WIP per
 * {@link ReplicationResult#BIN_HOURS} hours, each averaged over the replications, rounded up to whole days.
 */
final class WarmupCheck {
    static final String GIVEN = "given";
    static final String DETECTED = "detected";

    private WarmupCheck() {
    }

    /** The transient found in the replications' daily series. */
    record Transient(double hours, boolean settled) {
    }

    static Transient find(List<ReplicationResult> results) {
        Mser.Truncation output = Mser.truncation(mean(results, ReplicationResult::binGood));
        Mser.Truncation wip = Mser.truncation(mean(results, ReplicationResult::binWip));
        double hours = ReplicationResult.BIN_HOURS * Math.max(output.observations(), wip.observations());
        return new Transient(Hours.upToWholeDays(hours), output.settled() && wip.settled());
    }

    /**
     * The warm-up to use, from a pilot run (whose own warm-up is half the horizon): the transient found or the
     * pilot's mean lead time, whichever is longer, in whole days, kept within the first half of the horizon.
     */
    static double detect(List<ReplicationResult> pilot, double horizon) {
        double leadTime = pilot.stream().mapToDouble(ReplicationResult::leadTimeHours).filter(v -> !Double.isNaN(v))
                .average().orElse(0);
        double hours = Hours.upToWholeDays(Math.max(find(pilot).hours(), leadTime));
        return Math.min(hours, Hours.PER_DAY * Math.floor(horizon / (2 * Hours.PER_DAY)));
    }

    /** The checks of a finished run, with every warning they raise. */
    static Checks checks(RunSummary run) {
        Transient t = find(run.replications());
        List<String> warnings = new ArrayList<>();
        run.scenario().warnings().forEach(w -> warnings.add(w.format())); // doubtful inputs, located in their files
        double warmup = run.scenario().run().warmup();
        double leadTime = run.line("lead_time_days").mean() * Hours.PER_DAY;
        double suggested = Hours.upToWholeDays(Math.max(t.hours(), Double.isNaN(leadTime) ? 0 : leadTime));
        if (!t.settled()) {
            warnings.add("the daily output and WIP have not settled within the horizon of "
                    + Quantities.formatHours(run.scenario().run().horizon()) + " (MSER-5 found no end to the initial"
                    + " transient in its first half): lengthen run.horizon, and check the daily-output and daily-wip"
                    + " charts; a line that cannot keep up never settles");
        } else if (warmup + Hours.SAME_INSTANT < t.hours() && !run.warmupMethod().equals(DETECTED)) { // a detected one came from the pilot
            warnings.add("warm-up " + Quantities.formatHours(warmup) + " is shorter than the initial transient in this"
                    + " run's daily output and WIP (" + Quantities.formatHours(t.hours()) + " by MSER-5): the results mix in"
                    + " the start-up of an empty line; set run.warmup to " + Quantities.formatHours(suggested)
                    + " or to auto");
        }
        if (!Double.isNaN(leadTime) && warmup + Hours.SAME_INSTANT < leadTime) {
            warnings.add(String.format(Locale.ROOT, "warm-up %s is shorter than the line's mean lead time (%.1f d): cells"
                    + " leaving in the observed period started in an unfilled line; set run.warmup to at least %s or to"
                    + " auto", Quantities.formatHours(warmup), leadTime / Hours.PER_DAY, Quantities.formatHours(suggested)));
        }
        Optional<Checks.Precision> p = run.precision();
        if (p.isPresent() && !p.get().met()) {
            warnings.add(String.format(Locale.ROOT, "the 95 %% CI half-width of %s is %.2f %% of its mean after %d"
                    + " replications, above the %.2f %% asked: raise run.precision.max_replications or accept the wider"
                    + " interval", p.get().kpi(), 100 * p.get().reached(), p.get().replications(), 100 * p.get().target()));
        }
        return new Checks(run.warmupMethod(), t.hours(), t.settled(), p.orElse(null), warnings);
    }

    private static double[] mean(List<ReplicationResult> results, Function<ReplicationResult, double[]> series) {
        int bins = results.stream().mapToInt(r -> series.apply(r).length).min().orElse(0);
        double[] mean = new double[bins];
        for (ReplicationResult r : results) {
            double[] s = series.apply(r);
            for (int d = 0; d < bins; d++) {
                mean[d] += (Double.isNaN(s[d]) ? 0 : s[d]) / results.size();
            }
        }
        return mean;
    }
}
