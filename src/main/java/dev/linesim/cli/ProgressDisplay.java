package dev.linesim.cli;

import dev.linesim.time.Hours;
import dev.linesim.experiment.WorkProgress;
import dev.linesim.scenario.Scenario;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * The progress of a long command on standard error: in a terminal, a bar of simulated days done with the
 * replications done and the time to go; in CI or when piped, one plain line every few seconds. {@code --progress
 * never} or {@code -q} shows nothing. Open it around the simulating part of a command and close it before printing
 * results.
 */
final class ProgressDisplay implements AutoCloseable {
    /** {@code --progress}: a bar in a terminal and plain lines elsewhere, a bar always, or nothing. */
    enum Mode { AUTO, ALWAYS, NEVER }

    /** What {@code --progress} says in a command's help. */
    static final String OPTION_HELP = "Progress on standard error: auto (a bar in a terminal, a plain line every few"
            + " seconds otherwise), always (a bar), never. Default: auto.";
    /** Between two plain lines, ms; tests shorten it. */
    static long plainEveryMillis = 5_000;
    private static final long BAR_EVERY_MILLIS = 250;
    /** Columns of the bar when standard error is not a terminal ({@code --progress always} into a file). */
    private static final int NO_TERMINAL_WIDTH = 100;
    /** Columns the bar itself keeps at least: a long scenario name gives way to it. */
    static final int MIN_BAR_COLUMNS = 12;
    /** The bar on screen, if any: a message printed meanwhile clears its line first. */
    private static volatile ProgressDisplay onScreen;

    private final PrintWriter err;
    private final ProgressBar bar;
    private final ScheduledExecutorService timer;
    private final long started = System.nanoTime();

    private ProgressDisplay(PrintWriter err, ProgressBar bar, boolean show) {
        this.err = err;
        this.bar = bar;
        if (!show) {
            this.timer = null;
            return;
        }
        this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "linesim-progress");
            t.setDaemon(true);
            return t;
        });
        long every = bar != null ? BAR_EVERY_MILLIS : plainEveryMillis;
        timer.scheduleAtFixedRate(bar != null ? this::drawBar : this::printLine, every, every, TimeUnit.MILLISECONDS);
    }

    /**
     * Plans the command's simulations and shows their progress until closed.
     *
     * @param task        a few words for the bar, e.g. "run lfp-prismatic-liquid"
     * @param simulations what the command will simulate, as far as known in advance (see {@link WorkProgress#start})
     */
    static ProgressDisplay show(PrintWriter err, Mode mode, boolean quiet, String task, List<Scenario> simulations) {
        WorkProgress.start(simulations);
        return show(err, mode, quiet, task);
    }

    /** Shows the progress of work already planned with {@link WorkProgress}, until closed. */
    static ProgressDisplay show(PrintWriter err, Mode mode, boolean quiet, String task) {
        if (quiet || mode == Mode.NEVER || WorkProgress.merging()) {
            return new ProgressDisplay(err, null, false);
        }
        boolean onTerminal = standardErrorIsTerminal();
        if (mode == Mode.ALWAYS || (onTerminal && System.getenv("CI") == null)) {
            BarLine line = new BarLine(err, onTerminal);
            line.getMaxRenderedLength(); // opens the terminal now, which resets the signal handlers: set ours again
            Main.handleStopSignals();
            ProgressBar bar = new ProgressBarBuilder().setTaskName(fitted(task, line.getMaxRenderedLength(), WorkProgress.now()))
                    .setInitialMax(Math.round(WorkProgress.now().days() * 24)).setUnit(" d", 24)
                    .setStyle(ProgressBarStyle.UNICODE_BLOCK).setUpdateIntervalMillis((int) BAR_EVERY_MILLIS)
                    .setConsumer(line).build();
            ProgressDisplay d = new ProgressDisplay(err, bar, true);
            onScreen = d;
            return d;
        }
        return new ProgressDisplay(err, null, true);
    }

    /**
     * The task as the bar shows it: the command and its scenario's name when the line still leaves the bar
     * {@link #MIN_BAR_COLUMNS} of its {@code width}, else the command alone (the command's output names the scenario).
     * Besides the task a line holds " 100% |", the bar, "| done/total d", " (elapsed / to go) " and "done/total
     * replications", whose numbers grow to the digits of the {@code planned} totals.
     */
    static String fitted(String task, int width, WorkProgress.Done planned) {
        int days = Long.toString(Math.round(planned.days())).length();
        int replications = Long.toString(planned.replications()).length();
        int rest = " 100% |".length() + "| / d".length() + 2 * days + " (0:00:00 / 0:00:00) ".length()
                + "/ replications".length() + 2 * replications;
        int space = task.indexOf(' ');
        return space < 0 || task.length() + rest + MIN_BAR_COLUMNS <= width ? task : task.substring(0, space);
    }

    /**
     * The bar's line on standard error: drawn under the same lock as linesim's messages, so a redraw never lands in the
     * middle of one, and one column short of the terminal's width, so the cursor never wraps to the next line.
     */
    private static final class BarLine extends ConsoleProgressBarConsumer {
        private final Object lock;
        private final boolean terminal;

        BarLine(Object lock, boolean terminal) {
            super(System.err);
            this.lock = lock;
            this.terminal = terminal;
        }

        @Override
        public int getMaxRenderedLength() {
            if (!terminal) {
                return NO_TERMINAL_WIDTH - 1;
            }
            return Math.max(40, super.getMaxRenderedLength()) - 1;
        }

        @Override
        public void accept(String rendered) {
            synchronized (lock) {
                super.accept(rendered);
            }
        }
    }

    /**
     * Whether standard error, where progress goes, is a terminal. Java's console answers for standard input and output,
     * which is wrong both ways: {@code run X 2> log} would draw the bar into the log, {@code run X | tee out} would print
     * plain lines on a terminal. On Linux the file that descriptor 2 points to tells; elsewhere the console decides.
     */
    static boolean standardErrorIsTerminal() {
        try {
            String target = Files.readSymbolicLink(Path.of("/proc/self/fd/2")).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return System.console() != null;
        }
    }

    /** Whether the replications come from merged shards rather than simulation. */
    boolean merging() {
        return WorkProgress.merging();
    }

    /** Clears the bar's line, if a bar is on screen, so that a message can be printed; it is redrawn soon after. */
    static void clearLine() {
        if (onScreen != null) {
            System.err.print("\r\033[2K");
            System.err.flush();
        }
    }

    private void drawBar() {
        WorkProgress.Done d = WorkProgress.now();
        bar.maxHint(Math.round(d.days() * Hours.PER_DAY));
        bar.stepTo(Math.round(d.daysDone() * Hours.PER_DAY));
        bar.setExtraMessage(d.replicationsDone() + "/" + d.replications() + " replications");
    }

    private void printLine() {
        WorkProgress.Done d = WorkProgress.now();
        if (d.days() <= 0) {
            return;
        }
        double elapsed = (System.nanoTime() - started) / 1e9;
        double f = d.fraction();
        double left = f > 0.01 ? elapsed * (1 - f) / f : Double.NaN;
        String togo = left >= 1 ? ", about " + duration(left) + " to go" : "";
        synchronized (err) {
            err.println(String.format(Locale.ROOT, "linesim: %.0f%% done: %d of %d replications, %,.0f of %,.0f simulated"
                    + " days; %s so far%s", 100 * f, d.replicationsDone(), d.replications(), d.daysDone(), d.days(),
                    duration(elapsed), togo));
            err.flush();
        }
    }

    /** A duration in words: 45 s, 3 min 20 s, 1 h 05 min. */
    static String duration(double seconds) {
        long s = Math.round(seconds);
        if (s < 60) {
            return s + " s";
        }
        if (s < 3600) {
            return (s / 60) + " min " + (s % 60 < 10 ? "0" : "") + (s % 60) + " s";
        }
        long m = (s + 30) / 60;
        return (m / 60) + " h " + (m % 60 < 10 ? "0" : "") + (m % 60) + " min";
    }

    @Override
    public void close() {
        if (timer != null) {
            timer.shutdownNow();
        }
        if (bar != null) {
            drawBar();
            bar.close();
            onScreen = null;
        }
    }
}
