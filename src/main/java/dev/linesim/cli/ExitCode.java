package dev.linesim.cli;

/** Every exit code linesim uses, in one place; listed in {@code --help}. */
public enum ExitCode {
    OK(0, "success"),
    INTERNAL(1, "internal error (a bug: please report it with --stacktrace output)"),
    USAGE(2, "usage error: unknown command or option, bad option value"),
    INVALID_SCENARIO(3, "invalid scenario file: every problem is listed as file:line:col"),
    SIMULATION_FAILED(4, "simulation failure: names the replication, simulated time and station"),
    OUTPUT_FAILED(5, "output error: results could not be written; previous results stay intact"),
    REGRESSION(6, "verify: results moved beyond their tolerance (a regression)"),
    BASELINE_PROBLEM(7, "verify: a baseline is missing, damaged or incompatible"),
    SHARDS_MISMATCH(8, "merge: shards are missing, given twice, or from other inputs, seeds or versions"),
    INTERRUPTED(130, "stopped by Ctrl-C (SIGINT): nothing was written; earlier results stay as they were"),
    TERMINATED(143, "stopped by SIGTERM: nothing was written; earlier results stay as they were");

    public final int code;
    public final String meaning;

    ExitCode(int code, String meaning) {
        this.code = code;
        this.meaning = meaning;
    }

    /** Lines for the help footer. */
    static String[] helpLines() {
        ExitCode[] all = values();
        String[] lines = new String[all.length + 1];
        lines[0] = "%nExit codes:";
        for (int i = 0; i < all.length; i++) {
            lines[i + 1] = String.format(java.util.Locale.ROOT, "  %d  %s", all[i].code, all[i].meaning);
        }
        return lines;
    }
}
