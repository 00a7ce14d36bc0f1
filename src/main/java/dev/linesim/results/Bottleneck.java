package dev.linesim.results;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The station that limits the line's output, named by the active-share method: a machine is <em>active</em>
 * while it works or is being repaired (busy + down), and is held back by its neighbours while it is blocked
 * or starved. Among stations with machine-time shares that are blocked less than half and starved less than
 * half of their scheduled time, the bottleneck is the one with the highest active share of scheduled time
 * ((busy + down) / (1 - planned idle)). It follows the utilisation method of Roser, Nakano and Tanaka (2001,
 * "A practical bottleneck detection method", Winter Simulation Conference), with blocked time not counted as
 * work, so a station that is only kept full by a slow neighbour is not mistaken for the constraint. When no
 * station qualifies, the most active station of all is named.
 *
 * @param station       id of the bottleneck, or null when no station has machine-time shares
 * @param activeShare   its active share of scheduled time
 * @param runnerUp      the next most active qualifying station, or null
 * @param runnerUpShare its active share (NaN when none); a small gap means the bottleneck may shift
 * @param method        one line describing the method, for reports
 */
public record Bottleneck(String station, double activeShare, String runnerUp, double runnerUpShare, String method) {
    /** The method in one line, as printed in reports. */
    public static final String METHOD = "highest active share (busy + down) of scheduled time among stations"
            + " blocked < 50 % and starved < 50 % of it";
    private static final double MOSTLY = 0.5;

    /** Names the bottleneck of a run from its station figures. */
    public static Bottleneck of(List<StationResults> stations) {
        List<StationResults> measured = stations.stream().filter(StationResults::hasTimeShares).toList();
        List<StationResults> free = measured.stream()
                .filter(s -> share(s, "blocked") < MOSTLY && share(s, "starved") < MOSTLY).toList();
        List<StationResults> ranked = (free.isEmpty() ? measured : free).stream()
                .sorted(Comparator.comparingDouble(Bottleneck::active).reversed()).toList();
        if (ranked.isEmpty()) {
            return new Bottleneck(null, Double.NaN, null, Double.NaN, METHOD);
        }
        StationResults first = ranked.get(0);
        Optional<StationResults> second = ranked.stream().skip(1).findFirst();
        return new Bottleneck(first.id(), active(first), second.map(StationResults::id).orElse(null),
                second.map(Bottleneck::active).orElse(Double.NaN), METHOD);
    }

    /** Active share of scheduled time: (busy + down) / (1 - planned idle). */
    public static double active(StationResults s) {
        return (s.mean("busy") + s.mean("down")) / scheduled(s);
    }

    private static double share(StationResults s, String state) {
        return s.mean(state) / scheduled(s);
    }

    private static double scheduled(StationResults s) {
        double idle = s.mean("idle");
        double scheduled = 1 - (Double.isNaN(idle) ? 0 : idle);
        return scheduled > 1e-12 ? scheduled : 1; // a station idle all the time: shares of its whole time
    }

    public boolean named() {
        return station != null;
    }
}
