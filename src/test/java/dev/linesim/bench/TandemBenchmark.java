package dev.linesim.bench;

import dev.linesim.line.ReplicationResult;
import dev.linesim.scenario.Scenario;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Events per second of linesim against the plain SSJ model of the same line ({@link PlainTandemLine}), on one
 * thread, in one JVM: after warm-up rounds for the JIT, the models alternate (plain, plain measured, linesim, plain
 * ...) so that all see the same load, and the ratios are taken round by round. The bare plain model counts good parts
 * only; the measured one also keeps what linesim reports for the line (time shares, parts held, lead time), so the
 * second ratio is the engine's cost for like output. Prints every round, then medians with their ranges.
 * Run by {@code bench/engine-bench.sh}; arguments: rounds (default 7) and simulated hours per run (default 20,000).
 */
public final class TandemBenchmark {
    private TandemBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 7;
        double hours = args.length > 1 ? Double.parseDouble(args[1]) : 20_000;
        Scenario line = TandemLine.scenario(hours, 0);
        for (int w = 0; w < 2; w++) { // JIT warm-up
            TandemLine.plain(line, w, false);
            TandemLine.plain(line, w, true);
            TandemLine.linesim(line, w);
        }
        String loadBefore = load();
        // per round: M events/s of the plain, the measured plain and linesim; linesim / plain; linesim / measured
        List<double[]> perRound = new ArrayList<>();
        for (int r = 0; r < rounds; r++) {
            long t0 = System.nanoTime();
            PlainTandemLine.Outcome plain = TandemLine.plain(line, r, false);
            long t1 = System.nanoTime();
            PlainTandemLine.Outcome measured = TandemLine.plain(line, r, true);
            long t2 = System.nanoTime();
            ReplicationResult ours = TandemLine.linesim(line, r);
            long t3 = System.nanoTime();
            if (plain.good() != (long) ours.goodCells() || measured.good() != plain.good()) {
                throw new IllegalStateException("the models left the same trajectory in round " + r);
            }
            double p = plain.events() / ((t1 - t0) / 1e3);
            double m = measured.events() / ((t2 - t1) / 1e3);
            double l = ours.events() / ((t3 - t2) / 1e3);
            perRound.add(new double[] {p, m, l, l / p, l / m});
            System.out.printf(Locale.ROOT, "round %d: plain SSJ %.2f, measured %.2f, linesim %.2f M events/s (%,d events);"
                    + " ratios %.2f, %.2f%n", r + 1, p, m, l, ours.events(), l / p, l / m);
        }
        System.out.printf(Locale.ROOT, "plain SSJ model           %s M events/s%n", summary(perRound, 0));
        System.out.printf(Locale.ROOT, "plain SSJ model, measured %s M events/s%n", summary(perRound, 1));
        System.out.printf(Locale.ROOT, "linesim                   %s M events/s%n", summary(perRound, 2));
        System.out.printf(Locale.ROOT, "linesim / plain           %s (median of per-round ratios; %d rounds of %,.0f simulated h)%n",
                summary(perRound, 3), rounds, hours);
        System.out.printf(Locale.ROOT, "linesim / plain measured  %s%n", summary(perRound, 4));
        System.out.println("load average before: " + loadBefore + "; after: " + load());
    }

    private static String summary(List<double[]> rounds, int column) {
        double[] v = rounds.stream().mapToDouble(r -> r[column]).sorted().toArray();
        double median = v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
        return String.format(Locale.ROOT, "%.2f (range %.2f to %.2f)", median, v[0], v[v.length - 1]);
    }

    private static String load() throws IOException {
        Path p = Path.of("/proc/loadavg");
        return Files.exists(p) ? String.join(" ", Arrays.copyOf(Files.readString(p).split(" "), 3)) : "unknown";
    }
}
