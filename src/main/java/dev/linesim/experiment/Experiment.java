package dev.linesim.experiment;

import dev.linesim.line.LineModel;
import dev.linesim.line.ReplicationResult;
import dev.linesim.line.SimulationFailure;
import dev.linesim.scenario.Scenario;
import dev.linesim.sim.StreamBank;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import umontreal.ssj.rng.RandomStream;

/**
 * Runs all replications of one scenario. Streams are created on the calling thread; replication r
 * uses substream r of every stream, so the results are the same on one thread or many.
 */
public final class Experiment {
    private Experiment() {
    }

    /**
     * @param threads    worker threads (at least 1)
     * @param onFinished called (from any worker thread) as each replication ends
     */
    public static RunSummary run(Scenario scenario, int threads, Consumer<ReplicationResult> onFinished) {
        int replications = scenario.run().replications();
        StreamBank bank = new StreamBank(scenario.run().seed(), LineModel.streamNames(scenario));
        List<Map<String, RandomStream>> streams = new ArrayList<>();
        for (int r = 0; r < replications; r++) {
            streams.add(bank.forReplication(r));
        }
        long started = System.nanoTime();
        List<ReplicationResult> results = new ArrayList<>();
        int workers = Math.max(1, Math.min(threads, replications));
        if (workers == 1) {
            for (int r = 0; r < replications; r++) {
                ReplicationResult result = LineModel.run(scenario, streams.get(r), r);
                onFinished.accept(result);
                results.add(result);
            }
        } else {
            ExecutorService pool = Executors.newFixedThreadPool(workers, runnable -> {
                Thread t = new Thread(runnable, "linesim-replication");
                t.setDaemon(true);
                return t;
            });
            try {
                List<Future<ReplicationResult>> futures = new ArrayList<>();
                for (int r = 0; r < replications; r++) {
                    int rep = r;
                    futures.add(pool.submit(() -> {
                        ReplicationResult result = LineModel.run(scenario, streams.get(rep), rep);
                        onFinished.accept(result);
                        return result;
                    }));
                }
                for (Future<ReplicationResult> f : futures) {
                    results.add(f.get());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            } catch (ExecutionException e) {
                if (e.getCause() instanceof SimulationFailure failure) {
                    throw failure;
                }
                throw new IllegalStateException(e.getCause());
            } finally {
                pool.shutdownNow();
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        return RunSummary.of(scenario, results, seconds);
    }
}
