package dev.linesim.experiment;

import dev.linesim.line.LineModel;
import dev.linesim.line.ReplicationResult;
import dev.linesim.line.Timeline;
import dev.linesim.results.Checks;
import dev.linesim.results.ResultsFiles;
import dev.linesim.results.RunResults;
import dev.linesim.scenario.RunSettings;
import dev.linesim.scenario.Scenario;
import dev.linesim.scenario.input.ScenarioLoader;
import dev.linesim.scenario.retrofit.RetrofitPlan;
import dev.linesim.sim.StreamBank;
import dev.linesim.stats.SequentialPrecision;
import umontreal.ssj.rng.RandomStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Runs all replications of one scenario. Streams are created on the calling thread; replication r
 * uses substream r of every stream, so the results are the same on one thread or many. The run's economics
 * (a line's, or a retrofit plan's converted line with the retrofit's capex) are computed here, once.
 *
 * <p>With {@code warmup: auto} a pilot run of the same horizon comes first, and the warm-up is the longer of the
 * transient MSER-5 finds in its output and WIP and its steady-state lead time ({@link WarmupCheck}). With {@code replications: auto},
 * replications are added until the sequential procedure of {@link SequentialPrecision} stops; replication r is the
 * same whether it ran in a fixed or a sequential run, so a sequential run that stops at n equals a fixed run of n.
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
        return run(subject, threads, threads, onFinished);
    }

    /**
     * The same on {@code workers} of the command's {@code threads}, the others simulating other runs meanwhile (the
     * points of a sweep); the provenance records {@code threads}. The results depend on neither.
     */
    static RunSummary run(ScenarioLoader.Loaded subject, int workers, int threads, Consumer<ReplicationResult> onFinished) {
        Scenario scenario = subject.scenario();
        RunSettings settings = scenario.run();
        long started = System.nanoTime();
        String warmupMethod = WarmupCheck.GIVEN;
        if (settings.autoWarmup()) {
            int pilotReplications = settings.precision().isPresent() ? RunSettings.MIN_AUTO_REPLICATIONS : settings.replications();
            // the pilot's daily series cover the whole horizon whatever its warm-up; its lead time is measured over the
            // second half, where a line that settles at all has settled, so it is the steady-state lead time
            Scenario pilot = scenario.withRun(settings.withWarmup(Math.floor(settings.horizon() / 2))
                    .withReplications(pilotReplications));
            double warmup = WarmupCheck.detect(simulate(pilot, 0, pilotReplications, workers, x -> { }), settings.horizon());
            scenario = scenario.withRun(settings.withWarmup(warmup));
            warmupMethod = WarmupCheck.DETECTED;
        }
        List<ReplicationResult> results;
        Optional<Checks.Precision> precision = Optional.empty();
        if (settings.precision().isPresent()) {
            Sequential s = sequential(subject, scenario, settings.precision().get(), workers, onFinished);
            results = s.results();
            precision = Optional.of(s.outcome());
            scenario = scenario.withRun(scenario.run().withReplications(results.size()));
        } else {
            results = simulate(scenario, 0, settings.replications(), workers, onFinished);
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        return new RunSummary(scenario, subject.plan(), results, LineEconomics.of(scenario, subject.plan(), results),
                Provenances.of(subject.sources(), subject.plan().isPresent(), threads, subject.overrides()), warmupMethod, precision, seconds);
    }

    /**
     * The results of a run; for a retrofit plan with a conversion section and prices, with its cash flows against
     * staying liquid estimated from both lines' steady states. The liquid base line is {@code base} when the caller
     * has simulated it on the same settings, else it is simulated here (same settings and seed: common random numbers).
     */
    public static RunResults results(ScenarioLoader.Loaded subject, RunSummary run, int threads, Optional<RunSummary> base) {
        RunResults r = run.results();
        Optional<Scenario> decisionBase = decisionBase(run.plan(), run.scenario());
        if (decisionBase.isEmpty()) {
            return r;
        }
        RunSummary liquid = base.orElseGet(() -> {
            List<java.nio.file.Path> files = subject.sources().isEmpty() ? List.of()
                    : subject.sources().subList(1, subject.sources().size());
            return run(new ScenarioLoader.Loaded(decisionBase.get(), Optional.empty(), files), threads, x -> { });
        });
        return ConversionCashFlows.steadyState(liquid, run).map(d -> {
            RunResults with = r.withDecision(d);
            return with.withProvenance(with.provenance().withDigest(ResultsFiles.digest(with)));
        }).orElse(r);
    }

    /**
     * The liquid line a plan's decision is weighed against, on the converted line's run settings: present for a plan
     * with a conversion section and prices on both lines.
     */
    static Optional<Scenario> decisionBase(Optional<RetrofitPlan> plan, Scenario converted) {
        if (plan.isEmpty() || plan.get().conversion().isEmpty() || !SellingPrice.priced(plan.get().base())
                || !SellingPrice.priced(plan.get().converted())) {
            return Optional.empty();
        }
        return Optional.of(plan.get().base().withRun(converted.run()));
    }

    /**
     * The line simulations {@link #run} and {@link #results} ask for, for sharding: the subject and, for a plan's
     * decision, its base line.
     */
    public static List<Scenario> simulations(ScenarioLoader.Loaded subject) {
        List<Scenario> all = new ArrayList<>(List.of(subject.scenario()));
        decisionBase(subject.plan(), subject.scenario()).ifPresent(all::add);
        return all;
    }

    /** Replications {@code from} (inclusive) to {@code to} (exclusive) of a scenario, in replication order. */
    private static List<ReplicationResult> simulate(Scenario scenario, int from, int to, int threads,
                                                    Consumer<ReplicationResult> onFinished) {
        Optional<List<ReplicationResult>> merged = Precomputed.lookup(scenario, from, to);
        if (merged.isPresent()) {
            merged.get().forEach(onFinished);
            return merged.get();
        }
        StreamBank bank = new StreamBank(scenario.run().seed(), LineModel.streamNames(scenario));
        List<Task> tasks = new ArrayList<>();
        for (int r = from; r < to; r++) {
            tasks.add(new Task(scenario, r, bank.forReplication(r)));
        }
        return simulate(tasks, threads, onFinished);
    }

    /**
     * One replication to simulate: its line, its index, its streams (made on the calling thread) and, for a run of a
     * conversion, its timeline (null for a steady-state run).
     */
    record Task(Scenario scenario, int replication, Map<String, RandomStream> streams, Timeline timeline) {
        Task(Scenario scenario, int replication, Map<String, RandomStream> streams) {
            this(scenario, replication, streams, null);
        }
    }

    /** Simulates the tasks on a pool of threads; results in task order. */
    static List<ReplicationResult> simulate(List<Task> tasks, int threads, Consumer<ReplicationResult> onFinished) {
        return Replications.run(tasks.size(), threads, i -> {
            Task t = tasks.get(i);
            ReplicationResult result = LineModel.run(t.scenario(), t.streams(), t.replication(), t.timeline());
            onFinished.accept(result);
            return result;
        });
    }

    private record Sequential(List<ReplicationResult> results, Checks.Precision outcome) {
    }

    /**
     * Adds replications, as many at a time as there are threads, and judges them one by one in order, until the
     * target is met or the maximum is reached; replications run past the stopping point are dropped.
     */
    private static Sequential sequential(ScenarioLoader.Loaded subject, Scenario scenario, RunSettings.Precision target,
                                         int threads, Consumer<ReplicationResult> onFinished) {
        KpiCatalogue.LineEntry kpi = KpiCatalogue.line(target.kpi());
        int first = RunSettings.MIN_AUTO_REPLICATIONS;
        List<ReplicationResult> done = new ArrayList<>(simulate(scenario, 0, first, threads, onFinished));
        while (true) {
            RunSummary sofar = new RunSummary(scenario.withRun(scenario.run().withReplications(done.size())), subject.plan(),
                    done, LineEconomics.of(scenario, subject.plan(), done), null, WarmupCheck.GIVEN, Optional.empty(), 0);
            double[] values = done.stream().mapToDouble(r -> kpi.value().of(sofar, r)).toArray();
            int stop = SequentialPrecision.stop(values, values.length, first, target.relativeHalfWidth());
            if (stop > 0 || done.size() >= target.maxReplications()) {
                int n = stop > 0 ? stop : done.size();
                double reached = SequentialPrecision.relativeHalfWidth(values, n);
                return new Sequential(List.copyOf(done.subList(0, n)),
                        new Checks.Precision(target.kpi(), target.relativeHalfWidth(), reached, n, stop > 0));
            }
            int more = Math.min(Math.max(1, threads), target.maxReplications() - done.size());
            done.addAll(simulate(scenario, done.size(), done.size() + more, threads, onFinished));
        }
    }
}
