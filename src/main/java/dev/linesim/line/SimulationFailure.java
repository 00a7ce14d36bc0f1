package dev.linesim.line;

import java.util.Locale;

/** A replication stopped on an error; says which replication, when in simulated time and at which station. */
public final class SimulationFailure extends RuntimeException {
    private final int replication;
    private final double time;
    private final String station;

    public SimulationFailure(int replication, double time, String station, Throwable cause) {
        super(String.format(Locale.ROOT, "replication %d failed at t = %.3f h%s: %s", replication + 1, time,
                station.isEmpty() ? "" : " in station '" + station + "'", describe(cause)), cause);
        this.replication = replication;
        this.time = time;
        this.station = station;
    }

    /** What went wrong, in words: the model's own message, never a Java class name. */
    private static String describe(Throwable cause) {
        if (cause instanceof LineUnstable) {
            return cause.getMessage();
        }
        return "internal model error" + (cause.getMessage() == null ? "" : ": " + cause.getMessage());
    }

    public int replication() {
        return replication;
    }

    public double time() {
        return time;
    }

    public String station() {
        return station;
    }
}
