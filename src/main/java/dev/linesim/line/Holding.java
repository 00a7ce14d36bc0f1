package dev.linesim.line;

import java.util.Map;
import umontreal.ssj.rng.RandomStream;

/**
 * Where a station's jobs run and its finished lots wait for the next station: machines ({@link Machines}) or the
 * places of a delay stage ({@link DelayStage}), chosen once when the line is built. The station decides what a job
 * takes, how long it runs and where its output goes; its holding runs the job, pauses it in planned downtime, and
 * keeps the output, oldest first, until the next station takes it.
 */
abstract class Holding {
    final Station station;

    Holding(Station station) {
        this.station = station;
    }

    /** The holding a station's kind needs. */
    static Holding of(Station station, boolean ramped, Map<String, RandomStream> streams, Crew crew) {
        Holding delay = DelayStage.of(station, ramped);
        return delay != null ? delay : new Machines(station, streams, crew);
    }

    /** Whether a job could start now: a machine or place is free. */
    abstract boolean hasRoom();

    /** Starts a job on {@code lot} that needs {@code hours} of time not in planned downtime. */
    abstract void start(Lot lot, double hours);

    /** The oldest finished lot waiting to move on, or null. */
    abstract Lot firstFinished();

    /** The oldest finished lot has moved on (its machine, if it has one, is free). */
    abstract void removeFirstFinished();

    /** Whether finished lots wait here. */
    abstract boolean holdsFinished();

    /** The station entered or left planned downtime: jobs pause or resume. */
    abstract void sync();

    /** Machines, or places of a delay stage (0 when unlimited): what the time shares are shares of. */
    abstract int places();

    /** Brings the station's machine-state counts up to date before its time shares are recorded. */
    void count(StationStatistics stats) {
    }
}
