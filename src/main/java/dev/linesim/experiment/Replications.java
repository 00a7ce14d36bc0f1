package dev.linesim.experiment;

import dev.linesim.sim.Interruption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;

/** Runs independent simulations (replications, the runs of a study, the points of a sweep) on a pool of worker threads; results come back in task order. */
final class Replications {
    private Replications() {
    }

    static <T> List<T> run(int replications, int threads, IntFunction<T> replication) {
        int workers = Math.max(1, Math.min(threads, replications));
        List<T> results = new ArrayList<>();
        if (workers == 1) {
            for (int r = 0; r < replications; r++) {
                Interruption.check();
                results.add(replication.apply(r));
            }
            return results;
        }
        ExecutorService pool = Executors.newFixedThreadPool(workers, runnable -> {
            Thread t = new Thread(runnable, "linesim-replication");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (int r = 0; r < replications; r++) {
                int rep = r;
                futures.add(pool.submit(() -> replication.apply(rep)));
            }
            for (Future<T> f : futures) {
                results.add(f.get());
            }
            return results;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            // what a replication threw, as if it had run on this thread (a simulation failure, a stop request, a
            // plan a study cannot use), so callers see the same on one thread or many
            if (e.getCause() instanceof RuntimeException thrown) {
                throw thrown;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }
}
