package dev.linesim.experiment;

import dev.linesim.sim.Interruption;
import dev.linesim.line.SimulationFailure;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;

/** Runs independent replications on a pool of worker threads; results come back in replication order. */
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
            if (e.getCause() instanceof SimulationFailure failure) {
                throw failure;
            }
            if (e.getCause() instanceof Interruption.Stopped stopped) {
                throw stopped;
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }
}
