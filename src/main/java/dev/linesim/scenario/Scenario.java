package dev.linesim.scenario;

import java.util.List;
import java.util.Optional;

/**
 * A production line ready to simulate: what it makes, when it works, how long to run and its stations.
 *
 * @param name        short name; reports go to {@code reports/<name>/}
 * @param description free text shown in reports
 * @param product     the cell made
 * @param calendar    working time and planned downtime
 * @param run         horizon, warm-up, replications and seed
 * @param stations    stations in file order; routing is given by {@link StationSpec#from()}
 */
public record Scenario(String name, String description, Product product, OperatingCalendar calendar,
                       RunSettings run, List<StationSpec> stations) {

    public Scenario {
        stations = List.copyOf(stations);
    }

    public Optional<StationSpec> station(String id) {
        return stations.stream().filter(s -> s.id().equals(id)).findFirst();
    }

    /** The last station: the one whose output is finished cells. */
    public StationSpec endOfLine() {
        return stations.stream().filter(s -> stations.stream().noneMatch(o -> o.from().contains(s.id())))
                .reduce((a, b) -> b).orElseThrow();
    }

    /** The same scenario with other run settings (command-line overrides). */
    public Scenario withRun(RunSettings newRun) {
        return new Scenario(name, description, product, calendar, newRun, stations);
    }
}
