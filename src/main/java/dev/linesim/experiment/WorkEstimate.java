package dev.linesim.experiment;

import dev.linesim.scenario.FlowShares;
import dev.linesim.scenario.RunSettings;
import dev.linesim.scenario.Scenario;
import dev.linesim.scenario.StationSpec;
import java.util.Locale;
import java.util.Map;

/**
 * How much work a run will be, estimated from the line before simulating: the line flows at its slowest station's
 * capacity (machines x batch x cells per unit / mean time x availability); each station then ends about one job per
 * batch of units, each machine breaks down and is repaired once per MTBF + MTTR, and a delay stage releases each
 * unit once. It is an order of magnitude, enough to refuse a run that would take hours by mistake.
 *
 * @param eventsPerReplication events one replication is expected to execute
 * @param replications         replications (for a precision target: the most it may run)
 */
public record WorkEstimate(double eventsPerReplication, int replications) {
    /** Events a run may take before it needs {@code --force}: about 40 minutes on two cores. */
    public static final double LIMIT = 1e10;
    /** Events per second one thread executes on a shared machine, for the time estimate. */
    static final double EVENTS_PER_SECOND_PER_THREAD = 2e6;

    public static WorkEstimate of(Scenario s) {
        RunSettings run = s.run();
        double flow = Double.POSITIVE_INFINITY;
        Map<String, Double> shares = FlowShares.of(s);
        for (StationSpec st : s.stations()) {
            flow = Math.min(flow, capacity(st) / shares.get(st.id()));
        }
        double perHour = 0;
        for (StationSpec st : s.stations()) {
            double cells = flow * shares.get(st.id());
            double jobs = st.isDelay() ? cells / st.cellsPerUnit()
                    : cells / ((double) st.cellsPerUnit() * st.batch().size());
            perHour += jobs;
            if (st.failures().isPresent() && st.machines() != StationSpec.UNLIMITED) {
                var f = st.failures().get();
                perHour += 2.0 * st.machines() / (f.timeBetweenFailures().mean() + f.timeToRepair().mean());
            }
        }
        int replications = run.precision().map(RunSettings.Precision::maxReplications).orElse(run.replications());
        double pilot = run.autoWarmup() ? 1 : 0;
        return new WorkEstimate(perHour * run.horizon() * (1 + pilot), replications);
    }

    private static double capacity(StationSpec s) {
        double availability = s.failures().map(f -> f.availability()).orElse(1.0);
        return s.designCellsPerHour() * availability;
    }

    public double events() {
        return eventsPerReplication * replications;
    }

    /** Estimated wall time on {@code threads} threads, seconds. */
    public double seconds(int threads) {
        return events() / (EVENTS_PER_SECOND_PER_THREAD * Math.max(1, Math.min(threads, replications)));
    }

    public boolean beyondLimit() {
        return !(events() <= LIMIT);
    }

    /** "about 3 h 20 min" */
    public static String duration(double seconds) {
        if (!Double.isFinite(seconds)) {
            return "forever";
        }
        if (seconds < 120) {
            return String.format(Locale.ROOT, "about %.0f s", seconds);
        }
        double minutes = seconds / 60;
        if (minutes < 120) {
            return String.format(Locale.ROOT, "about %.0f min", minutes);
        }
        double hours = minutes / 60;
        return hours < 48 ? String.format(Locale.ROOT, "about %.0f h", hours) : String.format(Locale.ROOT, "about %,.0f days", hours / 24);
    }
}
