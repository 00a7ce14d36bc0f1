package dev.linesim.experiment;

import dev.linesim.sim.Interruption;
import java.util.Optional;

/** What the command line needs of stop requests (Ctrl-C, SIGTERM): asking for a stop, and telling one from a failure. */
public final class Stopping {
    private Stopping() {
    }

    /** Asks the running replications to stop ({@code INT} or {@code TERM}); true when one was asked for already. */
    public static boolean request(String signal) {
        boolean again = Interruption.requested() != null;
        Interruption.request(signal);
        return again;
    }

    /** The signal that stopped the run, when {@code t} is a stop rather than a failure. */
    public static Optional<String> signalOf(Throwable t) {
        return t instanceof Interruption.Stopped s ? Optional.of(s.signal) : Optional.empty();
    }
}
