package dev.linesim.sim;

/**
 * A request to stop, from Ctrl-C (SIGINT) or SIGTERM: the command line sets it, and running replications look at it
 * at their checkpoints (hundreds per replication) and between replications, then stop by throwing {@link Stopped}.
 */
public final class Interruption {
    private static volatile String signal;

    private Interruption() {
    }

    /** Records a stop request ({@code INT} or {@code TERM}); the first one wins. */
    public static synchronized void request(String name) {
        if (signal == null) {
            signal = name;
        }
    }

    /** The signal that asked to stop, or null. */
    public static String requested() {
        return signal;
    }

    /** Throws {@link Stopped} when a stop was asked for. */
    public static void check() {
        String s = signal;
        if (s != null) {
            throw new Stopped(s);
        }
    }

    /** For tests: forget a request. */
    public static synchronized void clear() {
        signal = null;
    }

    /** Thrown by a replication, or between runs, when a stop was asked for. */
    public static final class Stopped extends RuntimeException {
        private static final long serialVersionUID = 1L;
        public final String signal;

        Stopped(String signal) {
            super("stopped by SIG" + signal);
            this.signal = signal;
        }
    }
}
