package dev.linesim.cli;

import java.io.PrintWriter;
import java.util.List;

/** One line on standard error for each stage of a long command, unless quiet; callable from any thread. */
final class Progress {
    private final PrintWriter err;
    private final boolean quiet;

    Progress(PrintWriter err, boolean quiet) {
        this.err = err;
        this.quiet = quiet;
    }

    /** Warnings are printed even when quiet: they say the numbers may be wrong. */
    void warn(List<String> warnings, String scenario) {
        synchronized (err) {
            ProgressDisplay.clearLine();
            warnings.forEach(w -> err.println("linesim: warning: " + scenario + ": " + w));
            err.flush();
        }
    }

    void say(String message) {
        if (!quiet) {
            synchronized (err) {
                ProgressDisplay.clearLine();
                err.println("linesim: " + message);
                err.flush();
            }
        }
    }
}
