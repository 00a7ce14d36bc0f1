package dev.linesim.scenario;

import java.util.List;
import java.util.Optional;

/**
 * One station of the line, as written in the scenario: what every station has, and its {@link StationKind} with the
 * parameters of its kind.
 *
 * @param id            unique key used in routing and results
 * @param name          display name
 * @param kind          what it does: process (machines doing work) or delay (material resting: wetting, aging)
 * @param unit          the unit of work this station handles (roll, sheet, cell, tray, rack, batch)
 * @param cellsPerUnit  how many cells one unit becomes: the explicit conversion between stations
 * @param buffer        capacity of each input buffer in this station's units; {@link #UNLIMITED} when unbounded
 * @param scrap         fraction of cells lost at this station, in [0, 1)
 * @param from          upstream station ids; empty for a station fed from raw material
 * @param followsCalendar whether off-shift hours and maintenance windows stop it (delay stages keep going)
 * @param capex         installed cost of its equipment, if priced
 * @param operations    operators and electric power, for the cost stack
 * @param flow          defects made here, and where cells go when not simply to the one downstream station
 */
public record StationSpec(String id, String name, StationKind kind, String unit, long cellsPerUnit, int buffer,
                          double scrap, List<String> from, boolean followsCalendar, Optional<Capex> capex,
                          Operations operations, Flow flow) {

    /** Marks an unbounded machine count or buffer. */
    public static final int UNLIMITED = Integer.MAX_VALUE;

    public StationSpec {
        from = List.copyOf(from);
    }

    /** A station that needs no operators or power (the cost stack leaves it out). */
    public StationSpec(String id, String name, StationKind kind, String unit, long cellsPerUnit, int buffer, double scrap,
                       List<String> from, boolean followsCalendar, Optional<Capex> capex) {
        this(id, name, kind, unit, cellsPerUnit, buffer, scrap, from, followsCalendar, capex, Operations.NONE, Flow.PLAIN);
    }

    /** Parallel machines, or places of a delay stage; {@link #UNLIMITED} for an unbounded delay. */
    public int machines() {
        return kind.machines();
    }

    /** Units processed together by one machine. */
    public BatchRule batch() {
        return kind.batch();
    }

    /** Time one machine needs per job (one batch), or a delay stage's resting time, in hours. */
    public Distribution processTime() {
        return kind.processTime();
    }

    /** Time-based breakdowns per machine, if any. */
    public Optional<FailureModel> failures() {
        return kind.failures();
    }

    public boolean isDelay() {
        return kind instanceof StationKind.Delay;
    }

    public boolean isSource() {
        return from.isEmpty();
    }

    /** Cells per hour the station can pass when never starved, blocked or down; infinite when unlimited. */
    public double designCellsPerHour() {
        return kind.jobsPerHour() * batch().size() * cellsPerUnit;
    }

    /** Several inputs, one unit of each consumed per job (not a {@link Flow#merge() merge}). */
    public boolean isAssembly() {
        return from.size() > 1 && !flow.merge();
    }
}
