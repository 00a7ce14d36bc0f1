package dev.linesim.scenario;

import java.util.List;

/**
 * Planned downtime: the listed stations (all calendar-bound stations when empty) stop at {@code start},
 * for {@code duration}, repeating every {@code every} hours when that is positive.
 * Times are in hours from the start of the run.
 */
public record MaintenanceWindow(double start, double duration, double every, List<String> stations) {
    public MaintenanceWindow {
        stations = List.copyOf(stations);
    }
}
