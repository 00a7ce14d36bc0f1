package dev.linesim.line;

import dev.linesim.time.Hours;
import dev.linesim.scenario.BatchRule;
import dev.linesim.scenario.Distribution;
import dev.linesim.scenario.StationSpec;
import dev.linesim.sim.EventCounter;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import umontreal.ssj.rng.RandomStream;

/**
 * A station at run time: its machines, input buffers and the flow rules.
 *
 * <p>A free machine starts a job when every input buffer holds a batch (one unit each for an assembly
 * station, which consumes one set of inputs per job; a source station draws raw material freely).
 * A finished job loses its scrap, then moves to the next station's buffer, or waits on its machine
 * (blocked) until the buffer has room. Work flows by waking stations whose situation changed; a station
 * woken while already settling simply settles again, so flow never recurses without bound.
 */
final class Station {
    final LineModel model;
    final StationSpec spec;
    final boolean onMainPath;
    final List<Inlet> inlets = new ArrayList<>();
    Inlet downstream;
    private final boolean unlimited;
    /** Spec values read on every job, kept at hand. */
    private final boolean source;
    private final boolean followsCalendar;
    private final long cellsPerUnit;
    private final List<Machine> machines = new ArrayList<>();
    private final ArrayDeque<Machine> pool = new ArrayDeque<>();
    private final ArrayDeque<Machine> blockedQueue = new ArrayDeque<>();
    private final StationStatistics stats;
    private final Sampler processTime;
    private final ScrapDraw scrapDraw;
    private final Sampler timeToFailure;
    private final Sampler timeToRepair;
    /** The crew whose technician each repair needs, or null when repairs start at once. */
    private final Crew crew;
    private final EventCounter batchTimer;
    /** For a delay stage: the units it holds, in place of machines; null for a process station. */
    private final DelayStage delay;
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
        this.followsCalendar = spec.followsCalendar();
        this.cellsPerUnit = spec.cellsPerUnit();
        this.stats = new StationStatistics(model.sim, spec.id());
        this.processTime = Sampler.of(spec.processTime(), streams.get(LineModel.stream(spec, "process")));
        this.scrapDraw = new ScrapDraw(streams.get(LineModel.stream(spec, "scrap")), spec.scrap());
        this.timeToFailure = spec.failures().map(f -> Sampler.of(f.timeBetweenFailures(), streams.get(LineModel.stream(spec, "failure")))).orElse(null);
        this.timeToRepair = spec.failures().map(f -> Sampler.of(f.timeToRepair(), streams.get(LineModel.stream(spec, "repair")))).orElse(null);
        this.crew = crew;
        this.batchTimer = new EventCounter(model.sim, model.events) {
            @Override
            protected void fire() {
                batchTimerAt = Double.NaN;
                wake();
            }
        };
        this.delay = DelayStage.of(this, model.ramped(spec.id()));
        if (delay == null && !unlimited) {
            for (int i = 0; i < spec.machines(); i++) {
                newMachine();
            }
        }
    }

    private Machine newMachine() {
        Machine m = new Machine(this);
        machines.add(m);
        stats.added(m);
        pool.addLast(m);
        m.inPool = true;
        if (timeToFailure != null) {
            m.failure.schedule(timeToFailure.next());
        }
        return m;
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

    private void startJobs() {
        if (inPlannedDowntime()) {
            return;
        }
        if (delay != null) {
            startResting();
            return;
        }
        while (hasFreeMachine()) {
            long units = unitsToStart();
            if (units == 0) {
                callHandOvers();
                return;
            }
            Machine m = takeFreeMachine();
            Lot lot = takeInput(units);
            stats.cellsIn += lot.cells();
            stats.setActivity(m, Machine.BUSY);
            double hours = processTime.next();
            m.start(lot, ramp == null ? hours : hours * ramp.timeFactorAt(model.sim.time()));
            wakeHoldingUpstream();
        }
    }

    /** A delay stage takes every unit waiting while it has room: each starts resting. */
    private void startResting() {
        while (delay.hasRoom()) {
            long units = unitsToStart();
            if (units == 0) {
                callHandOvers();
                return;
            }
            Lot lot = takeInput(units);
            stats.cellsIn += lot.cells();
            double hours = processTime.next();
            delay.start(lot, ramp == null ? hours : hours * ramp.timeFactorAt(model.sim.time()));
            wakeHoldingUpstream();
        }
    }

    /** Room was made in this station's buffers: upstream stations holding finished lots may pass them on. */
    private void wakeHoldingUpstream() {
        for (int i = 0, n = inlets.size(); i < n; i++) {
            Inlet in = inlets.get(i);
            if (in.upstream.holdsFinished()) {
                in.upstream.wake();
            }
        }
    }

    /** Whether finished lots wait here for the next station to take them. */
    boolean holdsFinished() {
        return !blockedQueue.isEmpty() || (delay != null && delay.finishedWaiting() > 0);
    }

    /** A machine here is free and waiting: an upstream machine holding work for a direct hand-over may pass it now. */
    private void callHandOvers() {
        for (int i = 0, n = inlets.size(); i < n; i++) {
            Inlet in = inlets.get(i);
            if (in.handOver() && in.upstream.holdsFinished()) {
                in.upstream.wake();
            }
        }
    }

    /** Whether a machine here could start a job at once (for a direct hand-over, with no buffer). */
    boolean readyToTake() {
        return !inPlannedDowntime() && hasFreeMachine();
    }

    /** Units (sets, for assembly) the next job takes, or 0 when it must wait. */
    private long unitsToStart() {
        BatchRule batch = spec.batch();
        if (source) {
            return batch.size();
        }
        long available = Long.MAX_VALUE;
        for (int i = 0, n = inlets.size(); i < n; i++) {
            available = Math.min(available, inlets.get(i).units());
        }
        if (available >= batch.size()) {
            return batch.size();
        }
        if (available < batch.min() || available == 0) {
            return 0;
        }
        double due = inlets.get(0).oldestArrival() + batch.maxWait();
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
        Lot main = inlets.get(0).take(units);
        for (int i = 1, n = inlets.size(); i < n; i++) {
            stats.cellsHeld.add(-inlets.get(i).take(units).cells()); // components are consumed into the main unit
        }
        return main;
    }

    private boolean hasFreeMachine() {
        if (delay != null) {
            return delay.hasRoom();
        }
        if (unlimited) {
            return true;
        }
        while (!pool.isEmpty() && pool.peekLast().failed) {
            pool.pollLast().inPool = false; // broken down while idle; returns to the pool when repaired
        }
        return !pool.isEmpty();
    }

    private Machine takeFreeMachine() {
        if (unlimited && pool.isEmpty()) {
            newMachine();
        }
        Machine m = pool.pollLast();
        m.inPool = false;
        return m;
    }

    /** A job ended: scrap is removed and the rest waits to move on. */
    void finish(Machine m) {
        model.current = this;
        Lot job = m.job;
        m.job = null;
        Lot out = lessScrap(job);
        if (out.cells() == 0) {
            release(m);
        } else {
            m.output = out;
            stats.setActivity(m, Machine.BLOCKED);
            blockedQueue.addLast(m);
        }
        wake();
    }

    /** A unit of a delay stage has rested: its scrap is removed and the rest waits to move on. */
    void rested(Lot lot) {
        model.current = this;
        Lot out = lessScrap(lot);
        if (out.cells() > 0) {
            delay.addFinished(out);
        }
        wake();
    }

    /** A finished job's scrap drawn, counted and removed: what is left to move on. */
    private Lot lessScrap(Lot job) {
        long scrapped = scrap(job.cells());
        stats.scrapped += scrapped;
        stats.goodOut += job.cells() - scrapped;
        if (scrapped > 0) {
            stats.cellsHeld.add(-scrapped);
            if (onMainPath) {
                model.scrapped(job, scrapped);
            }
        }
        return job.without(scrapped);
    }

    /** Cells scrapped from a job, at the station's share or its ramp's share now. */
    private long scrap(long cells) {
        return scrapDraw.of(cells, ramp == null ? spec.scrap() : ramp.scrapAt(model.sim.time(), spec.scrap()));
    }

    /** Moves finished lots on, oldest first, while the next station can take them. */
    private void pushFinished() {
        for (Lot out = firstFinished(); out != null; out = firstFinished()) {
            if (downstream == null) {
                model.exited(out);
            } else if (downstream.canAccept()) {
                downstream.accept(out, model.sim.time());
                downstream.owner.statistics().cellsHeld.add(out.cells());
            } else {
                return;
            }
            removeFirstFinished();
            stats.cellsHeld.add(-out.cells());
            if (downstream != null) {
                downstream.owner.wake();
            }
        }
    }

    /** The oldest finished lot waiting here (on a blocked machine, or rested in a delay stage), or null. */
    private Lot firstFinished() {
        if (delay != null) {
            return delay.firstFinished();
        }
        return blockedQueue.isEmpty() ? null : blockedQueue.peekFirst().output;
    }

    /** The oldest finished lot has moved on: its machine, if it has one, is free. */
    private void removeFirstFinished() {
        if (delay != null) {
            delay.removeFirstFinished();
            return;
        }
        Machine m = blockedQueue.pollFirst();
        m.output = null;
        release(m);
    }

    private void release(Machine m) {
        stats.setActivity(m, Machine.IDLE);
        if (!m.failed && !m.inPool) {
            pool.addLast(m);
            m.inPool = true;
        }
    }

    void breakDown(Machine m) {
        model.current = this;
        stats.setFailed(m, true);
        m.sync();
        if (crew == null || crew.call(m)) {
            m.repair.schedule(timeToRepair.next());
        } else {
            stats.waitingForCrew.add(1);
        }
        record();
    }

    /** A technician of the crew, free now, comes to machine {@code m}, which waited for one: its repair begins. */
    private void technicianArrives(Machine m) {
        Station caller = model.current;
        model.current = this;
        stats.waitingForCrew.add(-1);
        m.repair.schedule(timeToRepair.next());
        model.current = caller;
    }

    void repaired(Machine m) {
        model.current = this;
        stats.setFailed(m, false);
        m.sync();
        m.failure.schedule(timeToFailure.next());
        if (crew != null) {
            Machine next = crew.release();
            if (next != null) {
                next.station.technicianArrives(next);
            }
        }
        if (m.activity == Machine.IDLE && !m.inPool) {
            pool.addLast(m);
            m.inPool = true;
        }
        wake();
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
            for (Machine m : machines) {
                m.sync();
            }
            if (delay != null) {
                delay.sync();
            }
        }
        if (starts) {
            record();
        } else {
            wake();
        }
    }

    private void record() {
        if (delay != null) {
            stats.holding(delay.resting(), delay.finishedWaiting(), unlimited ? 0 : delay.places);
        }
        stats.record(inPlannedDowntime(), places());
    }

    /** Machines, or places of a delay stage (0 when unlimited). */
    private int places() {
        return delay == null ? machines.size() : unlimited ? 0 : delay.places;
    }

    /** Results of this replication so far. */
    StationResult result() {
        double n = unlimited ? Double.NaN : places();
        double idle = stats.idle.average() / n;
        double busy = stats.busy.average() / n;
        double processed = stats.goodOut + stats.scrapped;
        return new StationResult(spec.id(), stats.cellsIn, stats.goodOut, stats.scrapped,
                processed > 0 ? stats.goodOut / processed : Double.NaN,
                busy, stats.blocked.average() / n, stats.starved.average() / n, stats.down.average() / n, idle,
                busy / (1 - idle), stats.busy.average() + stats.blocked.average(), stats.cellsHeld.average(),
                stats.waitingForCrew.average() / n);
    }
}
