package dev.linesim.line;

import dev.linesim.sim.EventCounter;

/**
 * One machine of a process station. It is idle, busy with a job, or blocked holding a finished
 * lot the next station cannot take yet; independently it may be failed. A job pauses while the machine is
 * failed or in planned downtime and resumes with the time it had left.
 */
final class Machine {
    static final int IDLE = 0;
    static final int BUSY = 1;
    static final int BLOCKED = 2;

    final Machines holder;
    final Station station;
    int activity = IDLE;
    boolean failed;
    boolean inPool;
    /** A rack's job: loading, processing or unloading ({@link Machines.Racks}); 0 for other machines. */
    int phase;
    /** A rack waiting for a loader: occupied, but its job does not run. */
    boolean waitingForLoader;
    /** A rack's process time, run between loading and unloading. */
    double processHours;
    Lot job;
    Lot output;
    private double remaining;
    private boolean running;
    private final EventCounter end;
    final EventCounter failure;
    final EventCounter repair;

    Machine(Machines holder) {
        this.holder = holder;
        this.station = holder.station;
        LineModel model = station.model;
        this.end = new EventCounter(model.sim, model.events) {
            @Override
            protected void fire() {
                running = false;
                remaining = 0;
                holder.ended(Machine.this);
            }
        };
        // a machine that can fail has its breakdown and repair events; one that cannot, none
        boolean fails = holder.canFail();
        this.failure = !fails ? null : new EventCounter(model.sim, model.events) {
            @Override
            protected void fire() {
                holder.breakDown(Machine.this);
            }
        };
        this.repair = !fails ? null : new EventCounter(model.sim, model.events) {
            @Override
            protected void fire() {
                holder.repaired(Machine.this);
            }
        };
    }

    /** Starts a job that needs {@code hours} of work. */
    void start(Lot lot, double hours) {
        job = lot;
        run(hours);
    }

    /** Runs {@code hours} of work (a job, or a rack's phase) while busy, up and scheduled. */
    void run(double hours) {
        remaining = hours;
        running = false;
        sync();
    }

    /** Schedules or pauses the end of the job so it runs exactly while busy, up and not in planned downtime. */
    void sync() {
        boolean shouldRun = activity == BUSY && !failed && !waitingForLoader && !station.inPlannedDowntime();
        if (shouldRun && !running) {
            end.schedule(remaining);
            running = true;
        } else if (!shouldRun && running) {
            remaining = Math.max(0, end.time() - station.model.sim.time());
            end.cancel();
            running = false;
        }
    }
}
