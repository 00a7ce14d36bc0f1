package dev.linesim.line;

import dev.linesim.time.Hours;
import dev.linesim.scenario.BatchRule;
import dev.linesim.scenario.StationKind;
import dev.linesim.scenario.StationSpec;
import dev.linesim.sim.EventCounter;
import java.util.Arrays;
import java.util.Map;
import umontreal.ssj.rng.RandomStream;

/**
 * A station at run time: its input buffers, the flow rules, and its {@link Holding} (machines, or a delay stage's
 * places), where jobs run and finished lots wait.
 *
 * <p>When a machine or place is free, a job starts once every input buffer holds a batch (one unit each for an
 * assembly station, which consumes one set of inputs per job; a source station draws raw material freely). A finished
 * job loses its scrap, then moves to the next station's buffer, or waits (its machine blocked) until the buffer has
 * room. Work flows by waking stations whose situation changed; a station woken while already settling simply settles
 * again, so flow never recurses without bound.
 *
 * <p>Machines, buffers, sorting, scrap draws and statistics live in classes of their own; the flow rules stay here
 * together, as they call one another on every event. Moving what a job takes from its buffers into a class of its own
 * left every result unchanged but cost about 3 % of the reference line's events per second, so it was not kept.
 */
final class Station {
    final LineModel model;
    final StationSpec spec;
    final boolean onMainPath;
    /** Input buffers, one per upstream station, in the order of the spec's {@code from} (set while wiring the line). */
    Inlet[] inlets = new Inlet[0];
    /** Where finished lots go: the next station's buffer (an earlier one's, on a rework edge); null at the end of line. */
    Inlet downstream;
    /** Where each sorted part of a finished job goes (null: it leaves the line, as a grade); null when jobs go one way. */
    Inlet[] outlets;
    private final boolean unlimited;
    /** Spec values read on every job, kept at hand. */
    private final boolean source;
    /** Inputs merge: a job takes from the input holding the oldest unit ({@link #mergeFrom}), not a set from each. */
    private final boolean merge;
    private Inlet mergeFrom;
    private final boolean followsCalendar;
    private final long cellsPerUnit;
    /** How many units a job takes (read on every start, so kept here rather than asked of the spec's kind). */
    private final BatchRule batch;
    private final StationStatistics stats;
    private final Sampler processTime;
    private final ScrapDraw scrapDraw;
    /** Defects made or caught, rework and outlets, or null when a job's cells simply move on. */
    final Sorting sorting;
    private final RandomStream defectStream;
    /** The rules of a kind added outside linesim's own, or null. */
    private final StationKind.Custom custom;
    private final EventCounter batchTimer;
    /** Machines, or a delay stage's places: where jobs run and finished lots wait. */
    private final Holding holding;
    private double batchTimerAt = Double.NaN;
    private int plannedWindows;
    private int stops;
    private Timeline.StationRamp ramp;
    private boolean settling;
    private boolean unsettled;

    Station(LineModel model, StationSpec spec, boolean onMainPath, Map<String, RandomStream> streams, Crew crew) {
        this.model = model;
        this.spec = spec;
        this.onMainPath = onMainPath;
        this.unlimited = spec.machines() == StationSpec.UNLIMITED;
        this.source = spec.isSource();
        this.merge = spec.flow().merge();
        this.custom = spec.kind() instanceof StationKind.Custom c ? c : null;
        this.followsCalendar = spec.followsCalendar();
        this.cellsPerUnit = spec.cellsPerUnit();
        this.batch = spec.batch();
        this.stats = new StationStatistics(model.sim, spec.id());
        this.processTime = Sampler.of(spec.processTime(), streams.get(LineModel.stream(spec, "process")));
        this.scrapDraw = new ScrapDraw(streams.get(LineModel.stream(spec, "scrap")), spec.scrap());
        this.defectStream = streams.get(LineModel.stream(spec, "defect"));
        this.sorting = Sorting.of(spec, defectStream, streams.get(LineModel.stream(spec, "route")));
        this.batchTimer = new EventCounter(model.sim, model.events) {
            @Override
            protected void fire() {
                batchTimerAt = Double.NaN;
                wake();
            }
        };
        this.holding = Holding.of(this, model.ramped(spec.id()), streams, crew);
    }

    /** Wiring: a buffer for material from one more upstream station. */
    void addInlet(Inlet in) {
        inlets = Arrays.copyOf(inlets, inlets.length + 1);
        inlets[inlets.length - 1] = in;
    }

    StationStatistics statistics() {
        return stats;
    }

    /** Stopped by the calendar (if it follows it) or by a window that names it. */
    boolean inPlannedDowntime() {
        return stops > 0 || (plannedWindows > 0 && followsCalendar);
    }

    /** Scrap and process time follow this ramp from now on. */
    void ramp(Timeline.StationRamp r) {
        ramp = r;
    }

    /**
     * Settles the station: pushes finished lots out, then starts what it can. While it does, it is the station a
     * failure is blamed on; the one that woke it is again once it is done (a failure leaves the blame here).
     */
    void wake() {
        if (settling) {
            unsettled = true;
            return;
        }
        Station caller = model.current;
        model.current = this;
        settling = true;
        try {
            do {
                unsettled = false;
                pushFinished();
                startJobs();
            } while (unsettled);
        } finally {
            settling = false;
        }
        record();
        model.current = caller;
    }

    /** Starts jobs while a machine or place is free and the inputs hold what a job takes. */
    private void startJobs() {
        if (inPlannedDowntime()) {
            return;
        }
        while (holding.hasRoom()) {
            long units = unitsToStart();
            if (units == 0) {
                callHandOvers();
                return;
            }
            Lot lot = takeInput(units);
            stats.cellsIn += lot.cells();
            double hours = custom == null ? processTime.next() : custom.hours(processTime.next(), lot.cells());
            holding.start(lot, ramp == null ? hours : hours * ramp.timeFactorAt(model.sim.time()));
            wakeHoldingUpstream();
        }
    }

    /** Room was made in this station's buffers: upstream stations holding finished lots may pass them on. */
    private void wakeHoldingUpstream() {
        for (Inlet in : inlets) {
            if (in.roomMade()) {
                wakeFeeders(in);
            }
        }
    }

    /**
     * The stations feeding {@code in} (its upstream station, then any returning cells on a rework edge) may pass on what
     * they hold, if {@code in} can take a lot now. A full buffer wakes no one: a large lot (a batch of rolls into a buffer
     * counted in cells) can keep a buffer over its capacity for thousands of jobs, and its feeders could pass nothing.
     */
    private static void wakeFeeders(Inlet in) {
        for (Station feeder : in.feeders) {
            if (in.canAccept() && feeder.holdsFinished()) { // the buffer first: it is at hand, the feeder is not
                feeder.wake();
            }
        }
    }

    /** Whether finished lots wait here for the next station to take them. */
    boolean holdsFinished() {
        return holding.holdsFinished();
    }

    /** A machine here is free and waiting: an upstream machine holding work for a direct hand-over may pass it now. */
    private void callHandOvers() {
        for (Inlet in : inlets) {
            if (in.handOver()) {
                wakeFeeders(in);
            }
        }
    }

    /**
     * Whole units arrived in one of this station's buffers. Only a free machine or place can do anything with them, so
     * the station settles only then: a busy station's wake would change nothing (its buffer levels are recorded as they
     * change), and on a saturated line most arrivals find the next station busy.
     */
    void received() {
        if (readyToTake()) {
            wake();
        }
    }

    /** Whether a machine here could start a job at once (for a direct hand-over, with no buffer). */
    boolean readyToTake() {
        return !inPlannedDowntime() && holding.hasRoom();
    }

    /** Units (sets, for assembly) the next job takes, or 0 when it must wait. */
    private long unitsToStart() {
        if (source) {
            return batch.size();
        }
        Inlet first = merge ? oldestInput() : inlets[0];
        if (first == null) {
            return 0;
        }
        long available = Long.MAX_VALUE;
        if (merge) {
            available = first.units();
        } else {
            for (Inlet in : inlets) {
                available = Math.min(available, in.units());
            }
        }
        if (available >= batch.size()) {
            return batch.size();
        }
        if (available < batch.min() || available == 0) {
            return 0;
        }
        double due = first.oldestArrival() + batch.maxWait();
        if (Hours.atOrAfter(model.sim.time(), due)) {
            return available;
        }
        if (Double.isNaN(batchTimerAt) || due < batchTimerAt) {
            if (!Double.isNaN(batchTimerAt)) {
                batchTimer.cancel();
            }
            batchTimer.schedule(due - model.sim.time());
            batchTimerAt = due;
        }
        return 0;
    }

    /** For a merge: the input holding the oldest waiting unit, or null when all are empty. */
    private Inlet oldestInput() {
        mergeFrom = null;
        for (Inlet in : inlets) {
            if (in.units() > 0 && (mergeFrom == null || in.oldestArrival() < mergeFrom.oldestArrival())) {
                mergeFrom = in;
            }
        }
        return mergeFrom;
    }

    private Lot takeInput(long units) {
        long cells = units * cellsPerUnit;
        if (source) {
            double now = model.sim.time();
            Lot lot = new Lot(cells, cells * now);
            if (onMainPath) {
                model.entered(lot);
            }
            stats.cellsHeld.add(cells);
            return lot;
        }
        if (merge) {
            return mergeFrom.take(units);
        }
        Lot main = inlets[0].take(units);
        for (int i = 1; i < inlets.length; i++) {
            stats.cellsHeld.add(-inlets[i].take(units).cells()); // components are consumed into the main unit
        }
        return main;
    }

    /**
     * A job ended (it is blamed for what happens now): its scrap is removed, and what is left is sorted (defects,
     * inspection, outlets) and moves on.
     */
    Lot jobEnded(Lot job) {
        model.current = this;
        Lot left = lessScrap(job);
        return sorting == null ? left : sorting.sort(left, this);
    }

    /** An inspection or grading here saw {@code defective} defective cells and caught {@code caught} of them. */
    void inspected(long defective, long caught) {
        stats.defectiveSeen += defective;
        stats.caught += caught;
    }

    /** Cells of {@code job} caught here as defective, or removed by its kind's rules, and scrapped. */
    void scrapSorted(Lot job, long caught) {
        stats.goodOut -= caught;
        stats.scrapped += caught;
        stats.cellsHeld.add(-caught);
        if (onMainPath) {
            model.scrapped(job, caught);
        }
    }

    /** A finished job's scrap drawn, counted and removed: what is left to move on. */
    private Lot lessScrap(Lot job) {
        long scrapped = scrap(job.cells());
        stats.scrapped += scrapped;
        stats.goodOut += job.cells() - scrapped;
        if (scrapped == 0) {
            return job;
        }
        stats.cellsHeld.add(-scrapped);
        if (onMainPath) {
            model.scrapped(job, scrapped);
        }
        return job.without(scrapped, Sorting.hypergeometric(defectStream, job.defective(), job.cells(), scrapped));
    }

    /** Cells scrapped from a job, at the station's share or its ramp's share now. */
    private long scrap(long cells) {
        return scrapDraw.of(cells, ramp == null ? spec.scrap() : ramp.scrapAt(model.sim.time(), spec.scrap()));
    }

    /** Moves finished lots on, oldest first, while the next station can take them. */
    private void pushFinished() {
        for (Lot out = holding.firstFinished(); out != null; out = holding.firstFinished()) {
            if (out.parts() != null) {
                if (!pushParts(out.parts())) {
                    return;
                }
                holding.removeFirstFinished();
                continue;
            }
            boolean unitsAdded = false;
            if (downstream == null) {
                model.exited(out);
            } else if (downstream.canAccept()) {
                unitsAdded = downstream.accept(out, model.sim.time());
                downstream.owner.statistics().cellsHeld.add(out.cells());
            } else {
                return;
            }
            holding.removeFirstFinished();
            stats.cellsHeld.add(-out.cells());
            if (unitsAdded) {
                downstream.owner.received();
            }
        }
    }

    /**
     * Moves each sorted part of a finished job to its outlet, or out of the line as a grade: whether all are placed
     * (the machine is blocked until they are).
     */
    private boolean pushParts(Lot[] parts) {
        boolean placed = true;
        for (int i = 0; i < parts.length; i++) {
            Lot part = parts[i];
            if (part == null) {
                continue;
            }
            Inlet to = outlets[i];
            boolean unitsAdded = false;
            if (to == null) {
                model.exited(part, i);
            } else if (to.canAccept()) {
                unitsAdded = to.accept(part, model.sim.time());
                to.owner.statistics().cellsHeld.add(part.cells());
            } else {
                placed = false;
                continue;
            }
            parts[i] = null;
            stats.cellsHeld.add(-part.cells());
            if (unitsAdded) {
                to.owner.received();
            }
        }
        return placed;
    }

    /**
     * A planned window starts or ends for this station: a calendar window (off-shift, maintenance for all)
     * stops it only if it follows the calendar; a window that names it ({@code named}) always does.
     */
    void planned(boolean starts, boolean named) {
        model.current = this;
        boolean before = inPlannedDowntime();
        if (named) {
            stops += starts ? 1 : -1;
        } else {
            plannedWindows += starts ? 1 : -1;
        }
        if (before != inPlannedDowntime()) {
            holding.sync();
        }
        if (starts) {
            record();
        } else {
            wake();
        }
    }

    /** Updates the time shares after a change. */
    void record() {
        holding.count(stats);
        stats.record(inPlannedDowntime(), holding.places());
    }

    /** Results of this replication so far. */
    StationResult result() {
        return stats.result(spec.id(), unlimited ? Double.NaN : holding.places());
    }
}
