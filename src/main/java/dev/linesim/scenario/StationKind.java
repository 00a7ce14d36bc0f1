package dev.linesim.scenario;

import java.util.List;
import java.util.Optional;

/**
 * What a station does, with the parameters of that kind alone; what every station has (id, unit, cells per unit,
 * buffer, inputs, scrap, capex) is in {@link StationSpec}. Each kind also answers the questions the rest of linesim
 * asks of any station (how many machines or places, the time per job, the batch, the failures), so capacity, costs and
 * reports need not know the kinds.
 *
 * <p>Inspection and grading stations are machines too ({@link Process} parameters) with rules of their own for the
 * cells a job ends with: which defective cells are caught, and into which grade each good cell is sorted.
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

    /**
     * Machines that inspect cells: each defective cell (see {@link Flow#defects()}) is caught with probability
     * {@code detection}; caught cells are scrapped here, or sent to the station {@code caughtTo} (rework).
     *
     * @param process   the inspection machines, as a process station's
     * @param detection share of defective cells caught, in [0, 1]
     * @param caughtTo  the station that takes caught cells (it lists this one in its {@code from}); empty: scrapped
     */
    record Inspection(Process process, double detection, Optional<String> caughtTo) implements StationKind {
        public String key() {
            return "inspection";
        }

        public int machines() {
            return process.machines();
        }

        public BatchRule batch() {
            return process.batch();
        }

        public Distribution processTime() {
            return process.processTime();
        }

        public Optional<FailureModel> failures() {
            return process.failures();
        }
    }

    /**
     * Grading at the end of line: machines that catch defective cells with probability {@code detection} (scrapped) and sort
     * every other cell into a grade at random, by the grades' shares.
     *
     * @param process   the grading machines, as a process station's
     * @param detection share of defective cells caught and scrapped, in [0, 1]
     * @param grades    the grades, shares summing to 1, in the order written
     */
    record Grading(Process process, double detection, List<Grade> grades) implements StationKind {
        public Grading {
            grades = List.copyOf(grades);
        }

        public String key() {
            return "grading";
        }

        public int machines() {
            return process.machines();
        }

        public BatchRule batch() {
            return process.batch();
        }

        public Distribution processTime() {
            return process.processTime();
        }

        public Optional<FailureModel> failures() {
            return process.failures();
        }
    }

    /**
     * One grade of a grading station.
     *
     * @param name        as reported, e.g. "A"
     * @param share       share of the graded cells, in [0, 1]
     * @param pricePerKwh selling price of this grade; without it, the line's {@code economics.price_per_kwh}
     */
    record Grade(String name, double share, Optional<Money> pricePerKwh) {
    }
}
