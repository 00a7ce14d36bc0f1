package dev.linesim.scenario;

import java.util.Optional;

/**
 * What a station does, with the parameters of that kind alone; what every station has (id, unit, cells per unit,
 * buffer, inputs, scrap, capex) is in {@link StationSpec}. Each kind also answers the questions the rest of linesim
 * asks of any station (how many machines or places, the time per job, the batch, the failures), so capacity, costs and
 * reports need not know the kinds.
 *
 * <p>To add a kind: a record here, its definition in the schema ({@code $defs/station} chooses by {@code type}), its
 * binding in {@code ScenarioBinder.station}, and its rules in the line model ({@code line/Station} asks its kind
 * what a job takes, how long it runs and where its output goes).
 */
public sealed interface StationKind {

    /** The name written after {@code type:}. */
    String key();

    /** Parallel machines, or places of a delay stage; {@link StationSpec#UNLIMITED} for unbounded places. */
    int machines();

    /** Units taken by one job. */
    BatchRule batch();

    /** Time one job takes, hours. */
    Distribution processTime();

    /** Breakdowns of each machine, if any. */
    Optional<FailureModel> failures();

    /**
     * Machines that process work in jobs: they can break down, and a job pauses while its machine is down.
     *
     * @param machines    parallel machines (formation: tray positions)
     * @param batch       units processed together by one machine (size 1 = one at a time)
     * @param processTime time one machine needs per job, hours
     * @param failures    time-based breakdowns per machine, if any
     */
    record Process(int machines, BatchRule batch, Distribution processTime, Optional<FailureModel> failures)
            implements StationKind {
        public String key() {
            return "process";
        }
    }

    /**
     * Material rests for a time (wetting, aging), unit by unit, without machines: it never fails, and off-shift
     * hours stop it only when asked.
     *
     * @param capacity places, or {@link StationSpec#UNLIMITED}
     * @param duration resting time, hours
     */
    record Delay(int capacity, Distribution duration) implements StationKind {
        public String key() {
            return "delay";
        }

        public int machines() {
            return capacity;
        }

        public BatchRule batch() {
            return BatchRule.SINGLE;
        }

        public Distribution processTime() {
            return duration;
        }

        public Optional<FailureModel> failures() {
            return Optional.empty();
        }
    }
}
