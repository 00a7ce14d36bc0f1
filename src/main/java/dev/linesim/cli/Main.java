package dev.linesim.cli;

import dev.linesim.experiment.Stopping;
import dev.linesim.line.LineUnstable;
import dev.linesim.line.SimulationFailure;
import dev.linesim.scenario.Problem;
import dev.linesim.scenario.input.ScenarioException;
import picocli.CommandLine;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** Entry point. {@link #run} returns the exit code so tests can drive the CLI in-process; only {@link #main} exits. */
public final class Main {
    private Main() {
    }

    /** Whether this process handles stop signals itself (the command line; not a test running commands in-process). */
    private static volatile boolean handlingSignals;

    public static void main(String[] args) {
        handlingSignals = true;
        handleStopSignals();
        System.exit(run(System.out, System.err, args));
    }

    /**
     * Installs the stop handlers (again): the terminal library behind the progress bar puts the default handlers back
     * when it opens the terminal, so the bar calls this once it has.
     */
    static void handleStopSignals() {
        if (handlingSignals) {
            stopOn("INT");
            stopOn("TERM");
        }
    }

    /**
     * Ctrl-C and SIGTERM ask the running command to stop: replications look at the request every few milliseconds,
     * and the command ends with 130 (143) before writing anything. A second signal stops at once.
     */
    private static void stopOn(String signal) {
        try {
            sun.misc.Signal.handle(new sun.misc.Signal(signal), s -> {
                if (Stopping.request(signal)) {
                    Runtime.getRuntime().halt(signal.equals("TERM") ? ExitCode.TERMINATED.code : ExitCode.INTERRUPTED.code);
                }
            });
        } catch (IllegalArgumentException e) {
            // a platform without this signal: the default handling stays
        }
    }

    /** Runs one command line, printing to {@code out} and {@code err}; returns the exit code. */
    public static int run(PrintStream out, PrintStream err, String... args) {
        PrintWriter o = new PrintWriter(new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8), true);
        PrintWriter e = new PrintWriter(new java.io.OutputStreamWriter(err, StandardCharsets.UTF_8), true);
        CommandLine cli = commandLine(o, e);
        int code = cli.execute(args);
        o.flush();
        e.flush();
        return code;
    }

    static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        CommandLine cli = new CommandLine(new LinesimCommand());
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.getCommandSpec().usageMessage().footer(ExitCode.helpLines());
        cli.getSubcommands().values().forEach(c -> c.getCommandSpec().usageMessage().footer(ExitCode.helpLines()));
        cli.setOut(out);
        cli.setErr(err);
        cli.setExitCodeExceptionMapper(Main::exitCode);
        cli.setExecutionExceptionHandler(Main::handle);
        cli.setParameterExceptionHandler((ex, args) -> {
            err.println("linesim: " + ex.getMessage());
            CommandLine.UnmatchedArgumentException.printSuggestions(ex, err);
            err.println("Try '" + ex.getCommandLine().getCommandSpec().qualifiedName() + " --help'.");
            return ExitCode.USAGE.code;
        });
        return cli;
    }

    private static int exitCode(Throwable t) {
        Optional<String> stopped = Stopping.signalOf(t);
        if (stopped.isPresent()) {
            return stopped.get().equals("TERM") ? ExitCode.TERMINATED.code : ExitCode.INTERRUPTED.code;
        }
        if (t instanceof ScenarioException) {
            return ExitCode.INVALID_SCENARIO.code;
        }
        if (t instanceof SimulationFailure) {
            return ExitCode.SIMULATION_FAILED.code;
        }
        if (t instanceof OutputException) {
            return ExitCode.OUTPUT_FAILED.code;
        }
        if (t instanceof UsageException || t instanceof CommandLine.ParameterException) {
            return ExitCode.USAGE.code;
        }
        return ExitCode.INTERNAL.code;
    }

    private static int handle(Exception ex, CommandLine cli, CommandLine.ParseResult parsed) {
        PrintWriter err = cli.getErr();
        if (ex instanceof ScenarioException se) {
            for (Problem p : se.problems()) {
                err.println(p.format());
            }
            long errors = se.problems().stream().filter(Problem::isError).count();
            err.println(errors + (errors == 1 ? " error" : " errors") + "; nothing was written");
        } else if (Stopping.signalOf(ex).isPresent()) {
            err.println("linesim: stopped by SIG" + Stopping.signalOf(ex).get() + " before writing anything: no results,"
                    + " charts or report were written, and earlier ones are as they were");
        } else if (ex instanceof SimulationFailure || ex instanceof OutputException || ex instanceof UsageException) {
            err.println("linesim: " + ex.getMessage());
        } else {
            err.println("linesim: internal error" + (ex.getMessage() == null ? "" : ": " + ex.getMessage()));
        }
        if (wantsStackTrace(parsed)) {
            StringWriter trace = new StringWriter();
            ex.printStackTrace(new PrintWriter(trace));
            err.print(trace);
        } else if (exitCode(ex) == ExitCode.INTERNAL.code || (ex instanceof SimulationFailure f
                && !(f.getCause() instanceof LineUnstable))) {
            err.println("(run again with --stacktrace for details)");
        }
        err.flush();
        return exitCode(ex);
    }

    private static boolean wantsStackTrace(CommandLine.ParseResult parsed) {
        for (CommandLine.ParseResult p = parsed; p != null; p = p.subcommand()) {
            if (p.hasMatchedOption("--stacktrace")) {
                return true;
            }
        }
        return false;
    }
}
