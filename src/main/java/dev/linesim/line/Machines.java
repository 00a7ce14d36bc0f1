package dev.linesim.line;

import dev.linesim.scenario.StationKind;
import dev.linesim.scenario.StationSpec;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import umontreal.ssj.rng.RandomStream;

/**
 * The machines of a process station: a free machine takes a job; a finished job's machine holds the output, blocked,
 * until the next station takes it (blocking after service), oldest first. Machines break down by time, independently of
 * their work; a job pauses while its machine is down or the station is in planned downtime, and resumes with the time
 * it had left. A repair starts at once, or when a technician of the station's repair crew is free.
 */
final class Machines extends Holding {
    private final boolean unlimited;
    private final List<Machine> all = new ArrayList<>();
    /** Free machines; the last one freed is taken first. */
    private final ArrayDeque<Machine> pool = new ArrayDeque<>();
    /** Machines holding finished output, in the order they finished. */
    private final ArrayDeque<Machine> blocked = new ArrayDeque<>();
    private final StationStatistics stats;
    private final Sampler timeToFailure;
    private final Sampler timeToRepair;
    /** The crew whose technician each repair needs, or null when repairs start at once. */
    private final Crew crew;
    /** A rack station's loaders and handling times, or null. */
    private final Racks racks;

    /**
     * The loaders of a rack station: a rack's job is loading (with a loader), processing (without), unloading (with a
     * loader); racks wait for a free loader first come, first served, loading or unloading alike.
     */
    final class Racks {
        static final int LOAD = 1;
        static final int PROCESS = 2;
        static final int UNLOAD = 3;
        private final Sampler load;
        private final Sampler unload;
        private final int loaders;
        private int busy;
        private final ArrayDeque<Machine> waiting = new ArrayDeque<>();

        Racks(StationKind.Rack kind, RandomStream stream) {
            this.load = Sampler.of(kind.load(), stream);
            this.unload = Sampler.of(kind.unload(), stream);
            this.loaders = kind.loaders();
        }

        /** Rack {@code m} starts the phase that needs a loader: at once, or when one is free. */
        void handle(Machine m) {
            if (busy < loaders) {
                busy++;
                handled(m);
            } else {
                m.waitingForLoader = true;
                waiting.addLast(m);
            }
        }

        private void handled(Machine m) {
            m.waitingForLoader = false;
            m.run(m.phase == LOAD ? load.next() : unload.next());
        }

        /** A loader finished: it takes the rack that waited longest, or becomes free. */
        void release() {
            if (waiting.isEmpty()) {
                busy--;
            } else {
                handled(waiting.pollFirst());
            }
        }

        /** Rack {@code m} ended a phase: it moves to the next; true when the whole job is done. */
        boolean ended(Machine m) {
            switch (m.phase) {
                case LOAD -> {
                    release();
                    m.phase = PROCESS;
                    m.run(m.processHours);
                    return false;
                }
                case PROCESS -> {
                    m.phase = UNLOAD;
                    handle(m);
                    return false;
                }
                default -> {
                    release();
                    m.phase = 0;
                    return true;
                }
            }
        }
    }

    /** @param crew the crew whose technician each repair needs, or null when repairs start at once */
    Machines(Station station, Map<String, RandomStream> streams, Crew crew) {
        super(station);
        StationSpec spec = station.spec;
        this.unlimited = spec.machines() == StationSpec.UNLIMITED;
        this.stats = station.statistics();
        this.timeToFailure = spec.failures()
                .map(f -> Sampler.of(f.timeBetweenFailures(), streams.get(LineModel.stream(spec, "failure")))).orElse(null);
        this.timeToRepair = spec.failures()
                .map(f -> Sampler.of(f.timeToRepair(), streams.get(LineModel.stream(spec, "repair")))).orElse(null);
        this.crew = crew;
        this.racks = spec.kind() instanceof StationKind.Rack rack
                ? new Racks(rack, streams.get(LineModel.stream(spec, "handling"))) : null;
        if (!unlimited) {
            for (int i = 0; i < spec.machines(); i++) {
                newMachine();
            }
        }
    }

    private Machine newMachine() {
        Machine m = new Machine(this);
        all.add(m);
        stats.added(m);
        pool.addLast(m);
        m.inPool = true;
        if (timeToFailure != null) {
            m.failure.schedule(timeToFailure.next());
        }
        return m;
    }

    /** Whether its machines can break down. */
    boolean canFail() {
        return timeToFailure != null;
    }

    @Override
    boolean hasRoom() {
        if (unlimited) {
            return true;
        }
        if (timeToFailure == null) {
            return !pool.isEmpty(); // no machine here breaks down
        }
        while (!pool.isEmpty() && pool.peekLast().failed) {
            pool.pollLast().inPool = false; // broken down while idle; returns to the pool when repaired
        }
        return !pool.isEmpty();
    }

    @Override
    void start(Lot lot, double hours) {
        if (unlimited && pool.isEmpty()) {
            newMachine();
        }
        Machine m = pool.pollLast();
        m.inPool = false;
        stats.setActivity(m, Machine.BUSY);
        if (racks == null) {
            m.start(lot, hours);
        } else {
            m.job = lot;
            m.processHours = hours;
            m.phase = Racks.LOAD;
            racks.handle(m);
        }
    }

    /** Machine {@code m}'s work ran out: its job is finished, or a rack moves to its next phase. */
    void ended(Machine m) {
        if (racks == null || racks.ended(m)) {
            finish(m);
        }
    }

    /** Machine {@code m} finished its job: scrap is removed and the rest waits on it to move on. */
    void finish(Machine m) {
        Lot job = m.job;
        m.job = null;
        Lot out = station.jobEnded(job);
        if (out.cells() == 0) {
            release(m);
        } else {
            m.output = out;
            stats.setActivity(m, Machine.BLOCKED);
            blocked.addLast(m);
        }
        station.wake();
    }

    @Override
    Lot firstFinished() {
        return blocked.isEmpty() ? null : blocked.peekFirst().output;
    }

    @Override
    void removeFirstFinished() {
        Machine m = blocked.pollFirst();
        m.output = null;
        release(m);
    }

    @Override
    boolean holdsFinished() {
        return !blocked.isEmpty();
    }

    private void release(Machine m) {
        stats.setActivity(m, Machine.IDLE);
        if (!m.failed && !m.inPool) {
            pool.addLast(m);
            m.inPool = true;
        }
    }

    @Override
    void sync() {
        for (Machine m : all) {
            m.sync();
        }
    }

    @Override
    int places() {
        return all.size();
    }

    void breakDown(Machine m) {
        station.model.current = station;
        stats.setFailed(m, true);
        m.sync();
        if (crew == null || crew.call(m)) {
            m.repair.schedule(timeToRepair.next());
        } else {
            stats.waitingForCrew.add(1);
        }
        station.record();
    }

    /** A technician of the crew, free now, comes to machine {@code m}, which waited for one: its repair begins. */
    void technicianArrives(Machine m) {
        Station caller = station.model.current;
        station.model.current = station;
        stats.waitingForCrew.add(-1);
        m.repair.schedule(timeToRepair.next());
        station.model.current = caller;
    }

    void repaired(Machine m) {
        station.model.current = station;
        stats.setFailed(m, false);
        m.sync();
        m.failure.schedule(timeToFailure.next());
        if (crew != null) {
            crew.release();
        }
        if (m.activity == Machine.IDLE && !m.inPool) {
            pool.addLast(m);
            m.inPool = true;
        }
        station.wake();
    }
}
