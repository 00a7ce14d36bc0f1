package dev.linesim.cli;

import static dev.linesim.cli.CliTest.cli;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.linesim.experiment.WorkProgress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Progress on standard error without a terminal: plain lines at an interval, none with --progress never or -q. */
class ProgressTest {
    /** Long enough to be seen at a 20 ms interval: about a million events. */
    private static final String LONG = """
            name: long
            product: {chemistry: LFP, capacity: 280 Ah, voltage: 3.2 V}
            run: {horizon: 200000 h, warmup: 20 h, replications: 2, seed: 5}
            stations:
              - id: feed
                process_time: {dist: exponential, mean: 1 h}
              - id: press
                process_time: {dist: exponential, mean: 40 min}
            """;
    private static final Pattern LINE = Pattern.compile(
            "linesim: (\\d+)% done: (\\d+) of 2 replications, ([\\d,]+) of 16,667 simulated days; \\d+ s so far");

    @TempDir
    Path dir;
    private long interval;

    @BeforeEach
    void often() {
        interval = ProgressDisplay.plainEveryMillis;
        ProgressDisplay.plainEveryMillis = 20;
    }

    @AfterEach
    void asBefore() {
        ProgressDisplay.plainEveryMillis = interval;
    }

    private CliTest.Result run(String... options) throws Exception {
        Path file = dir.resolve("long.yaml");
        Files.writeString(file, LONG);
        List<String> args = new java.util.ArrayList<>(List.of("run", file.toString(), "--no-charts", "-t", "1",
                "-o", dir.resolve("out").toString()));
        args.addAll(List.of(options));
        CliTest.Result r = cli(args.toArray(String[]::new));
        assertEquals(0, r.code(), r.err());
        return r;
    }

    @Test
    void withoutATerminalProgressIsAPlainLineAtIntervals() throws Exception {
        CliTest.Result r = run();
        Matcher m = LINE.matcher(r.err());
        int lines = 0;
        int lastPercent = -1;
        while (m.find()) {
            int percent = Integer.parseInt(m.group(1));
            assertTrue(percent >= lastPercent, "progress never goes back: " + r.err());
            lastPercent = percent;
            lines++;
        }
        assertTrue(lines >= 2, r.err());
        assertFalse(r.err().contains("\r"), "no carriage returns when not in a terminal");
    }

    /**
     * The bar goes where standard error goes, whatever standard output is: under a pseudo-terminal (util-linux's
     * {@code script}), a probe sees a terminal when its output is piped, and none when its standard error goes to a file.
     */
    @Test
    void progressLooksAtStandardErrorNotTheConsole() throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(Path.of("/usr/bin/script")) && Files.exists(Path.of("/proc/self/fd/2")),
                "needs util-linux's script and /proc");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String probe = java + " -cp '" + System.getProperty("java.class.path") + "' dev.linesim.cli.TerminalProbe";
        assertEquals("stderr is a terminal: true", underTerminal(probe + " | cat"));
        assertEquals("stderr is a terminal: false", underTerminal(probe + " 2> '" + dir.resolve("err.log") + "'"));
    }

    /** What a shell command prints, run by {@code script} on a pseudo-terminal of its own. */
    private static String underTerminal(String command) throws Exception {
        Process p = new ProcessBuilder("/usr/bin/script", "-qec", command, "/dev/null")
                .redirectInput(ProcessBuilder.Redirect.PIPE).redirectErrorStream(true).start();
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), out);
        return out.strip();
    }

    @Test
    void neverAndQuietShowNothing() throws Exception {
        assertFalse(run("--progress", "never").err().contains("% done"));
        assertFalse(run("-q").err().contains("% done"));
    }

    @Test
    void theMeterCountsEveryReplicationAndEverySimulatedHour() throws Exception {
        run("--progress", "never");
        WorkProgress.Done d = WorkProgress.now();
        assertEquals(2, d.replicationsDone());
        assertEquals(2, d.replications());
        assertEquals(2 * 200000 / 24.0, d.daysDone(), 1e-6);
        assertEquals(1.0, d.fraction(), 1e-12);
    }

    @Test
    void durationsReadAsWords() {
        assertEquals("45 s", ProgressDisplay.duration(45));
        assertEquals("3 min 05 s", ProgressDisplay.duration(185));
        assertEquals("1 h 05 min", ProgressDisplay.duration(3900));
    }

    @Test
    void aLongScenarioNameGivesWayToTheBarInANarrowTerminal() {
        // convert of the shipped plan: 7,700 simulated days in 25 runs; every number at its widest
        WorkProgress.Done convert = new WorkProgress.Done(25, 25, 7700, 7700);
        String task = "convert lfp-prismatic-semisolid-retrofit";
        for (int width : new int[] {79, 99, 159}) {
            String shown = ProgressDisplay.fitted(task, width, convert);
            List<String> drawn = new java.util.ArrayList<>();
            try (me.tongfei.progressbar.ProgressBar bar = new me.tongfei.progressbar.ProgressBarBuilder().setTaskName(shown)
                    .setInitialMax(7700 * 24).setUnit(" d", 24).setStyle(me.tongfei.progressbar.ProgressBarStyle.UNICODE_BLOCK)
                    .setConsumer(new me.tongfei.progressbar.ProgressBarConsumer() {
                        @Override
                        public int getMaxRenderedLength() {
                            return width;
                        }

                        @Override
                        public void accept(String line) {
                            drawn.add(line);
                        }

                        @Override
                        public void close() {
                        }
                    }).build()) {
                bar.stepTo(7700 * 24);
                bar.setExtraMessage("25/25 replications");
                bar.refresh();
            }
            String last = drawn.get(drawn.size() - 1).replace("\r", "");
            assertTrue(last.length() <= width, width + " columns: " + last);
            assertTrue(last.endsWith("25/25 replications"), width + " columns: the whole line shows: " + last);
            int barColumns = last.lastIndexOf('|') - last.indexOf('|') - 1;
            assertTrue(barColumns >= ProgressDisplay.MIN_BAR_COLUMNS, width + " columns: a bar of " + barColumns + ": " + last);
            assertEquals(width >= 159 ? task : "convert", shown, width + " columns");
        }
    }
}
