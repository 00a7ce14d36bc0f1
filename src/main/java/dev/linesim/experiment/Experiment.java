package dev.linesim.experiment;

import dev.linesim.line.LineModel;
import dev.linesim.line.ReplicationResult;
import dev.linesim.scenario.Scenario;
import dev.linesim.scenario.ScenarioLoader;
import dev.linesim.sim.StreamBank;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import umontreal.ssj.rng.RandomStream;

/**
 * Runs all replications of one scenario. Streams are created on the calling thread; replication r
 * uses substream r of every stream, so the results are the same on one thread or many. The run's economics
 * (a line's, or a retrofit plan's converted line with the retrofit's capex) are computed here, once.
 */
public final class Experiment {
    private Experiment() {
    }

    /**
     * @param subject    the line to simulate (with its run settings), and the plan it comes from, if any
     * @param threads    worker threads (at least 1)
     * @param onFinished called (from any worker thread) as each replication ends
     */
    public static RunSummary run(ScenarioLoader.Loaded subject, int threads, Consumer<ReplicationResult> onFinished) {
        Scenario scenario = subject.scenario();
        int replications = scenario.run().replications();
        StreamBank bank = new StreamBank(scenario.run().seed(), LineModel.streamNames(scenario));
        List<Map<String, RandomStream>> streams = new ArrayList<>();
        for (int r = 0; r < replications; r++) {
            streams.add(bank.forReplication(r));
        }
        long started = System.nanoTime();
        List<ReplicationResult> results = Replications.run(replications, threads, r -> {
            ReplicationResult result = LineModel.run(scenario, streams.get(r), r);
            onFinished.accept(result);
            return result;
        });
        double seconds = (System.nanoTime() - started) / 1e9;
        return new RunSummary(scenario, subject.plan(), results, LineEconomics.of(scenario, subject.plan(), results),
                Provenances.of(subject.sources(), subject.plan().isPresent()), seconds);
    }
}
