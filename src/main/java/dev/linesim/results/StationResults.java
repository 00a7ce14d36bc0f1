package dev.linesim.results;

import java.util.List;
import java.util.Optional;

/**
 * One station's figures over the observed period.
 *
 * @param id        station id
 * @param name      display name
 * @param type      {@code process} or {@code delay}
 * @param unit      unit of work (roll, cell, tray)
 * @param machines  parallel machines or positions; -1 for an unlimited delay stage
 * @param mainPath  whether it lies on the main path (the path whose yields multiply to the overall yield)
 * @param kpis      its KPIs (yield, time shares, output), in catalogue order
 */
public record StationResults(String id, String name, String type, String unit, int machines, boolean mainPath,
                             List<KpiEstimate> kpis) {
    /** Machine count written for an unlimited delay stage. */
    public static final int UNLIMITED = -1;

    public StationResults {
        kpis = List.copyOf(kpis);
    }

    public Optional<KpiEstimate> kpi(String key) {
        return kpis.stream().filter(k -> k.key().equals(key)).findFirst();
    }

    /** The mean of a KPI; NaN when the station has no such KPI or it is undefined. */
    public double mean(String key) {
        return kpi(key).map(k -> k.estimate().mean()).orElse(Double.NaN);
    }

    /** Whether machine-time shares apply (not an unlimited delay stage). */
    public boolean hasTimeShares() {
        return machines != UNLIMITED && !Double.isNaN(mean("busy"));
    }
}
