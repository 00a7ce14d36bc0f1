package dev.linesim.scenario;

import java.util.List;
import java.util.Optional;
import java.util.function.DoubleSupplier;

/**
 * What a station does, with the parameters of that kind alone; what every station has (id, unit, cells per unit,
 * buffer, inputs, scrap, capex) is in {@link StationSpec}. Each kind also answers the questions the rest of linesim
 * asks of any station (how many machines or places, the time per job, the batch, the failures), so capacity, costs and
 * reports need not know the kinds.
 *
 * <p>Inspection and grading stations are machines too ({@link Process} parameters) with rules of their own for the
 * cells a job ends with: which defective cells are caught, and into which grade each good cell is sorted.
 *
 * <p>A kind can also be added from outside this package, in one class: a record implementing {@link Custom} (its
 * parameters, and its rules as overridden methods), registered with {@link StationKinds#register}.
 *
 * <p>To add a built-in kind: a record here, its definition in the schema ({@code $defs/station} chooses by {@code type}), its
 * binding in {@code scenario.input.StationBinder}, and its rules in the line model ({@code line/Station} asks its kind
 * what a job takes, how long it runs and where its output goes).
 */
public sealed interface StationKind permits StationKind.Process, StationKind.Delay, StationKind.OnMachines {

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

    /** Jobs per hour all machines can finish when never starved, blocked or down; infinite for unbounded places. */
    default double jobsPerHour() {
        return machines() == StationSpec.UNLIMITED ? Double.POSITIVE_INFINITY : machines() / processTime().mean();
    }

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
     * A kind whose work runs on machines written as a process station's ({@code process()}): its machines, batch, time
     * per job and failures are theirs.
     */
    sealed interface OnMachines extends StationKind permits Inspection, Grading, Rack, Custom {
        /** Its machines, batch, time per job and failures, as written for any machine station. */
        Process process();

        default int machines() {
            return process().machines();
        }

        default BatchRule batch() {
            return process().batch();
        }

        default Distribution processTime() {
            return process().processTime();
        }

        default Optional<FailureModel> failures() {
            return process().failures();
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
    record Inspection(Process process, double detection, Optional<String> caughtTo) implements OnMachines {
        public String key() {
            return "inspection";
        }
    }

    /**
     * Grading at the end of line: machines that catch defective cells with probability {@code detection} (scrapped) and
     * sort every other cell into a grade at random, by the grades' shares. A grade leaves the line, or is sent on to a
     * station (re-aging, re-test) that returns its cells on a rework edge.
     *
     * @param process   the grading machines, as a process station's
     * @param detection share of defective cells caught and scrapped, in [0, 1]
     * @param grades    the grades, shares summing to 1, in the order written
     */
    record Grading(Process process, double detection, List<Grade> grades) implements OnMachines {
        public Grading {
            grades = List.copyOf(grades);
        }

        public String key() {
            return "grading";
        }
    }

    /**
     * Racks (formation, aging) loaded and unloaded whole: a job is a rack of {@code batch} units; a loader (stacker
     * crane, robot) shared by the station loads it, the process runs without one, and a loader unloads it. While a
     * rack waits for a loader it stays occupied.
     *
     * @param process the rack positions ({@code machines}), units per rack ({@code batch}), the process time and the
     *                failures, as a process station's
     * @param load    time a loader needs to load a rack, hours
     * @param unload  time a loader needs to unload a rack, hours
     * @param loaders loaders shared by the station's racks
     */
    record Rack(Process process, Distribution load, Distribution unload, int loaders) implements OnMachines {
        public String key() {
            return "rack";
        }

        /** Racks cycle through load, process and unload; loaders through load and unload: the fewer bound. */
        public double jobsPerHour() {
            double handling = load.mean() + unload.mean();
            return Math.min(machines() / (handling + processTime().mean()), loaders / handling);
        }
    }

    /**
     * One grade of a grading station.
     *
     * @param name        as reported, e.g. "A"
     * @param share       share of the graded cells, in [0, 1]
     * @param pricePerKwh selling price of this grade; without it, the line's {@code economics.price_per_kwh}
     * @param to          a station the grade is sent on to instead of leaving the line (re-aging, re-test: it lists
     *                    the grading station in its {@code from}); empty: the grade leaves the line, sold
     */
    record Grade(String name, double share, Optional<Money> pricePerKwh, Optional<String> to) {
        /** A grade that leaves the line. */
        public Grade(String name, double share, Optional<Money> pricePerKwh) {
            this(name, share, pricePerKwh, Optional.empty());
        }
    }

    /**
     * A kind added outside linesim's own: machines as a process station's, with parameters and rules of its own. It is
     * written {@code type: <key>} with its parameters under {@code parameters:}, and registered with
     * {@link StationKinds#register}. Its rules are the methods it overrides; the defaults behave as a process station.
     */
    non-sealed interface Custom extends OnMachines {

        /** Hours a job of {@code cells} cells runs, given {@code drawn}, a draw of the process time. */
        default double hours(double drawn, long cells) {
            return drawn;
        }

        /**
         * Cells of a finished job of {@code cells} cells that this kind takes out of the line (tested to destruction,
         * rejected), on top of the station's {@code scrap}; {@code uniform} gives the station's own uniform numbers.
         */
        default long removed(long cells, DoubleSupplier uniform) {
            return 0;
        }
    }
}
