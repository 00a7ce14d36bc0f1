package dev.linesim.scenario;

import java.util.List;
import java.util.Optional;

/**
 * One station of the line, as written in the scenario.
 *
 * @param id            unique key used in routing and results
 * @param name          display name
 * @param kind          process (machines doing work) or delay (material resting: wetting, aging)
 * @param machines      parallel machines, or positions of a delay stage; {@link #UNLIMITED} for an unbounded delay
 * @param unit          the unit of work this station handles (roll, sheet, cell, tray, rack, batch)
 * @param cellsPerUnit  how many cells one unit becomes: the explicit conversion between stations
 * @param batch         units processed together by one machine (size 1 = one at a time)
 * @param processTime   time one machine needs per job (one batch), in hours
 * @param buffer        capacity of each input buffer in this station's units; {@link #UNLIMITED} when unbounded
 * @param failures      time-based breakdowns per machine, if any
 * @param scrap         fraction of cells lost at this station, in [0, 1)
 * @param from          upstream station ids; empty for a station fed from raw material
 * @param followsCalendar whether off-shift hours and maintenance windows stop it (delay stages keep going)
 * @param capex         installed cost of its equipment, if priced
 * @param operations    operators and electric power, for the cost stack
 */
public record StationSpec(String id, String name, Kind kind, int machines, String unit, long cellsPerUnit,
                          BatchRule batch, Distribution processTime, int buffer, Optional<FailureModel> failures,
                          double scrap, List<String> from, boolean followsCalendar, Optional<Capex> capex,
                          Operations operations) {

    /** Marks an unbounded machine count or buffer. */
    public static final int UNLIMITED = Integer.MAX_VALUE;

    /** What a station does with the material it holds. */
    public enum Kind {
        /** Machines that process work, can break down and scrap cells. */
        PROCESS,
        /** Material rests for a time (wetting, aging); positions may be limited. */
        DELAY
    }

    public StationSpec {
        from = List.copyOf(from);
    }

    /** A station that needs no operators or power (the cost stack leaves it out). */
    public StationSpec(String id, String name, Kind kind, int machines, String unit, long cellsPerUnit, BatchRule batch,
                       Distribution processTime, int buffer, Optional<FailureModel> failures, double scrap, List<String> from,
                       boolean followsCalendar, Optional<Capex> capex) {
        this(id, name, kind, machines, unit, cellsPerUnit, batch, processTime, buffer, failures, scrap, from, followsCalendar,
                capex, Operations.NONE);
    }

    public boolean isSource() {
        return from.isEmpty();
    }

    /** Cells per hour the station can pass when never starved, blocked or down; infinite when unlimited. */
    public double designCellsPerHour() {
        if (machines == UNLIMITED) {
            return Double.POSITIVE_INFINITY;
        }
        return machines * (double) batch.size() * cellsPerUnit / processTime.mean();
    }

    public boolean isAssembly() {
        return from.size() > 1;
    }
}
