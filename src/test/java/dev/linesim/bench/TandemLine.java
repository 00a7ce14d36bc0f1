package dev.linesim.bench;

import dev.linesim.TestLines;
import dev.linesim.line.LineModel;
import dev.linesim.line.ReplicationResult;
import dev.linesim.scenario.Scenario;
import dev.linesim.sim.StreamBank;
import java.util.List;
import java.util.Locale;

/** The benchmark's line: five single machines with exponential process times and buffers of five between them. */
final class TandemLine {
    static final List<String> IDS = List.of("s1", "s2", "s3", "s4", "s5");
    /** Mean process times, hours: about a minute, the fourth machine the slowest. */
    static final double[] MEANS = {1.0 / 60, 1.1 / 60, 0.95 / 60, 1.2 / 60, 1.05 / 60};
    static final int BUFFER = 5;
    static final long SEED = 20261123;

    private TandemLine() {
    }

    /** The same line as a linesim scenario. */
    static Scenario scenario(double horizon, double warmup) {
        StringBuilder stations = new StringBuilder();
        for (int i = 0; i < IDS.size(); i++) {
            stations.append(String.format(Locale.ROOT, "- id: %s%n  process_time: {dist: exponential, mean: %.17g h}%n",
                    IDS.get(i), MEANS[i]));
            if (i > 0) {
                stations.append("  buffer: ").append(BUFFER).append('\n');
            }
        }
        return TestLines.line(String.format(Locale.ROOT, "{horizon: %.1f h, warmup: %.1f h, replications: 1, seed: %d}",
                horizon, warmup, SEED), stations.toString());
    }

    static ReplicationResult linesim(Scenario scenario, int replication) {
        StreamBank bank = new StreamBank(SEED, LineModel.streamNames(scenario));
        return LineModel.run(scenario, bank.forReplication(replication), replication);
    }

    /** The plain SSJ model of the line: bare (good parts only) or measured (also what linesim reports). */
    static PlainTandemLine.Outcome plain(Scenario scenario, int replication, boolean measured) {
        StreamBank bank = new StreamBank(SEED, LineModel.streamNames(scenario));
        return new PlainTandemLine(IDS, MEANS, BUFFER, scenario.run().warmup(), measured,
                bank.forReplication(replication)).run(scenario.run().horizon());
    }
}
