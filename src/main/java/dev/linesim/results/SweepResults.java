package dev.linesim.results;

import java.util.List;
import java.util.Optional;

/**
 * A sweep over a grid of parameter values, as written to {@code sweep.json}: every design point simulated with the
 * same seed (common random numbers), with every KPI and its CI.
 *
 * @param format     version of the layout
 * @param provenance inputs of the scenario swept (the overrides fixed for every point included)
 * @param scenario   name of the scenario swept
 * @param run        run settings shared by every point
 * @param parameters the parameters swept, with their values, in grid order (the last one varies fastest)
 * @param chartKpis  the KPIs drawn against the parameters
 * @param points     every design point
 */
public record SweepResults(int format, Provenance provenance, String scenario, RunInfo run, List<Parameter> parameters,
                           List<String> chartKpis, List<Point> points) {
    public SweepResults {
        parameters = List.copyOf(parameters);
        chartKpis = List.copyOf(chartKpis);
        points = List.copyOf(points);
    }

    /**
     * A swept key and its values, as written ({@code stations.se_coating.machines}, {@code [3, 4, 5, 6]}).
     *
     * @param path   the key path, as in {@code --set}
     * @param values the values, as text
     */
    public record Parameter(String path, List<String> values) {
        public Parameter {
            values = List.copyOf(values);
        }
    }

    /**
     * One design point.
     *
     * @param values     the value of each parameter at this point, in parameter order
     * @param kpis       every KPI of the run; for a plan with a conversion section also its decision (NPV, IRR, paybacks)
     * @param bottleneck the station that limits output
     */
    public record Point(List<String> values, List<KpiEstimate> kpis, String bottleneck) {
        public Point {
            values = List.copyOf(values);
            kpis = List.copyOf(kpis);
        }

        public Optional<KpiEstimate> kpi(String key) {
            return kpis.stream().filter(k -> k.key().equals(key)).findFirst();
        }
    }
}
