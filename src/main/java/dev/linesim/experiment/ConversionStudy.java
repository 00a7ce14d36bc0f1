package dev.linesim.experiment;

import dev.linesim.line.LineModel;
import dev.linesim.line.ReplicationResult;
import dev.linesim.line.Timeline;
import dev.linesim.results.ConversionResults;
import dev.linesim.results.RunResults;
import dev.linesim.scenario.RunSettings;
import dev.linesim.scenario.Scenario;
import dev.linesim.scenario.StationSpec;
import dev.linesim.scenario.input.ScenarioLoader;
import dev.linesim.scenario.retrofit.Conversion;
import dev.linesim.scenario.retrofit.RetrofitPlan;
import dev.linesim.sim.StreamBank;
import dev.linesim.stats.Estimate;
import dev.linesim.time.Hours;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A conversion simulated week by week against staying liquid. Each replication runs three lines:
 * <ol>
 * <li>the liquid line as it is (the baseline);</li>
 * <li>the liquid line with the plan's outages, whose feed stops at cutover and which then drains;</li>
 * <li>the converted line, starting empty when installation ends, with its outages and ramp-up.</li>
 * </ol>
 * The first two share their random numbers, so until the first outage they produce the same cells and the
 * difference shows the conversion alone. Output is counted in MWh of each line's own cells.
 *
 * @param plan           the plan
 * @param weeks          weeks in the timeline
 * @param baselineMwh    weekly output staying liquid
 * @param convertedMwh   weekly output converting (liquid cells before cutover, semi-solid after)
 * @param drainingMwh    the liquid part of convertedMwh: the liquid line with outages, draining after cutover
 * @param convertedLineMwh the semi-solid part of convertedMwh: the converted line from its restart
 * @param differenceMwh  converted minus baseline, paired by replication
 * @param lostMwh        the sum of shortfalls: weekly output below the baseline's, summed through the crossover
 *                       week (or the horizon); weeks where the converted line makes more do not offset them
 * @param lostCells      the same in cells
 * @param netLostMwh     net lost output: cumulative baseline minus cumulative converting output over the timeline
 *                       (output only delayed, and made up later within it, is not lost)
 * @param netLostCells   the same in cells
 * @param crossoverWeek  week (from the planning date) at whose end the converted line's last four weeks first
 *                       out-produce the baseline's, over the replications where that happens
 * @param crossed        replications in which it happens within the horizon
 * @param cash           the decision's cash flows (NPV, IRR, paybacks), when both lines have a price
 * @param liquid         steady-state run of the liquid line
 * @param converted      steady-state run of the converted line
 */
public record ConversionStudy(RetrofitPlan plan, int weeks, List<Estimate> baselineMwh, List<Estimate> convertedMwh,
                              List<Estimate> drainingMwh, List<Estimate> convertedLineMwh, List<Estimate> differenceMwh, Estimate lostMwh, Estimate lostCells, Estimate netLostMwh,
                              Estimate netLostCells, Estimate crossoverWeek, int crossed,
                              Optional<ConversionCashFlows.Result> cash, RunSummary liquid, RunSummary converted) {
    static final int OVERTAKE_WINDOW = 4;

    /** The three weekly series of one replication, in good cells. */
    record Weekly(double[] baselineCells, double[] liquidCells, double[] convertedCells) {
    }

    /** The study as result records; its provenance is the converted line's (the plan and its base chain). */
    public ConversionResults results() {
        Conversion c = plan.conversion().orElseThrow();
        RunResults convertedResults = converted.results();
        ConversionResults.Decision decision = cash.map(x -> ConversionCashFlows.decision(plan, c, x,
                ConversionCashFlows.SIMULATED)).orElse(null);
        return new ConversionResults(RunResults.FORMAT, convertedResults.provenance(), plan.name(), plan.base().name(),
                lostMwh.n(), weeks, c.cutoverStart() / Hours.PER_WEEK, c.restart() / Hours.PER_WEEK, baselineMwh, drainingMwh, convertedLineMwh,
                convertedMwh, differenceMwh, lostMwh, lostCells, netLostMwh, netLostCells, crossoverWeek, crossed, decision,
                liquid.results(), convertedResults);
    }


    public static ConversionStudy run(RetrofitPlan plan, int threads) {
        return run(plan, threads, message -> { });
    }

    /** Runs the study, telling {@code progress} (from any thread) as each part ends. */
    public static ConversionStudy run(RetrofitPlan plan, int threads, java.util.function.Consumer<String> progress) {
        Runs runs = Runs.of(plan);
        Conversion c = runs.conversion();
        int reps = c.replications();
        for (Scenario s : simulations(plan)) { // what each replication runs
            dev.linesim.sim.WorkMeter.plan(reps, s.run().horizon());
        }
        // the three timelines of each replication run as separate tasks, so every thread stays busy (five
        // replications of three runs on two threads would leave one idle for a third of the time, and a machine with
        // more cores than replications could use them all); the longest, the liquid line's baseline, go first
        List<Scenario> order = runs.timelineRuns();
        Map<Scenario, Timeline> timelines = runs.timelines();
        Map<Scenario, StreamBank> streams = new HashMap<>();
        for (Scenario s : order) { // made here, on one thread: SSJ's stream constructors are not thread-safe
            streams.put(s, new StreamBank(s.run().seed(), LineModel.streamNames(s)));
        }
        java.util.concurrent.atomic.AtomicInteger done = new java.util.concurrent.atomic.AtomicInteger();
        List<double[]> weekly = Replications.run(order.size() * reps, threads, t -> {
            int r = t % reps;
            Scenario s = order.get(t / reps);
            ReplicationResult result = Precomputed.lookup(s, r, r + 1).map(merged -> merged.get(0))
                    .orElseGet(() -> LineModel.run(s, streams.get(s).forReplication(r), r, timelines.get(s)));
            progress.accept("timeline run " + done.incrementAndGet() + "/" + order.size() * reps + " done");
            return result.weeklyGoodCells();
        });
        List<Weekly> series = new ArrayList<>();
        for (int r = 0; r < reps; r++) {
            series.add(new Weekly(weekly.get(r), weekly.get(2 * reps + r), weekly.get(reps + r)));
        }
        progress.accept("simulating both lines at steady state");
        RunSummary liquidSteady = Experiment.run(runs.liquidSteady(), threads, x -> { });
        RunSummary convertedSteady = Experiment.run(runs.convertedSteady(), threads, x -> { });
        return summarise(plan, c, runs.weeks(), series, liquidSteady, convertedSteady);
    }

    /**
     * The line simulations the study runs, for sharding: the three timeline runs (staying liquid, the converted line
     * from its restart, the liquid line draining), then both lines at steady state.
     */
    public static List<Scenario> simulations(RetrofitPlan plan) {
        Runs runs = Runs.of(plan);
        List<Scenario> all = new ArrayList<>(runs.timelineRuns());
        all.add(runs.liquidSteady().scenario());
        all.add(runs.convertedSteady().scenario());
        return all;
    }

    /** The timeline of each timeline run among {@link #simulations}. */
    public static Map<Scenario, Timeline> timelines(RetrofitPlan plan) {
        return Runs.of(plan).timelines();
    }

    /**
     * What a study of {@code plan} simulates. The timeline runs are named apart ("... (timeline: staying liquid)"), since
     * two of them run the same line on different timelines and a shard must tell them apart; the name changes no number.
     */
    private record Runs(Conversion conversion, int weeks, Scenario baselineRun, Scenario drainingRun,
                        Scenario convertedRun, Timeline baseline, Timeline draining, Timeline restarted,
                        ScenarioLoader.Loaded liquidSteady, ScenarioLoader.Loaded convertedSteady) {
        static Runs of(RetrofitPlan plan) {
            Conversion c = plan.conversion().orElseThrow(() -> new IllegalArgumentException("the plan has no conversion section"));
            Scenario liquid = plan.base();
            Scenario converted = plan.converted();
            int reps = c.replications();
            long seed = liquid.run().seed();
            int weeks = Hours.periodsCovering(c.horizon(), Hours.PER_WEEK);
            Scenario liquidRun = liquid.withRun(new RunSettings(c.warmup() + c.horizon(), c.warmup(), reps, seed));
            Scenario convertedRun = converted.withRun(new RunSettings(c.horizon() - c.restart(), 0, reps, seed))
                    .withName(converted.name() + " (timeline: from restart)");
            Timeline baseline = new Timeline(c.warmup(), 0, Double.POSITIVE_INFINITY, List.of(), Map.of(), weeks);
            Timeline draining = new Timeline(c.warmup(), 0, c.warmup() + c.cutoverStart(), outages(c, true, c.warmup()),
                    Map.of(), weeks);
            Timeline restarted = new Timeline(0, c.restart(), Double.POSITIVE_INFINITY, outages(c, false, -c.restart()),
                    ramps(c, converted), weeks);
            List<java.nio.file.Path> baseFiles = plan.sources().isEmpty() ? List.of()
                    : plan.sources().subList(1, plan.sources().size());
            ScenarioLoader.Loaded liquidSteady = new ScenarioLoader.Loaded(liquid.withRun(new RunSettings(
                    liquid.run().horizon(), liquid.run().warmup(), reps, seed)), Optional.empty(), baseFiles);
            ScenarioLoader.Loaded convertedSteady = new ScenarioLoader.Loaded(converted.withRun(new RunSettings(
                    converted.run().horizon(), converted.run().warmup(), reps, seed)), Optional.of(plan), plan.sources());
            return new Runs(c, weeks, liquidRun.withName(liquid.name() + " (timeline: staying liquid)"),
                    liquidRun.withName(liquid.name() + " (timeline: draining)"), convertedRun, baseline, draining, restarted,
                    liquidSteady, convertedSteady);
        }

        /** The timeline runs, longest first: staying liquid, the converted line, the liquid line draining. */
        List<Scenario> timelineRuns() {
            return List.of(baselineRun, convertedRun, drainingRun);
        }

        Map<Scenario, Timeline> timelines() {
            return Map.of(baselineRun, baseline, convertedRun, restarted, drainingRun, draining);
        }
    }

    private static List<Timeline.Outage> outages(Conversion c, boolean beforeCutover, double shift) {
        List<Timeline.Outage> list = new ArrayList<>();
        for (Conversion.Outage o : c.outages()) {
            if ((o.start() < c.cutoverStart()) == beforeCutover) {
                o.stations().forEach(id -> list.add(new Timeline.Outage(id, o.start() + shift, o.duration())));
            }
        }
        return list;
    }

    /** Each ramping station restarts at the restart, or at the end of its own later outage. */
    private static Map<String, Timeline.StationRamp> ramps(Conversion c, Scenario converted) {
        Map<String, Timeline.StationRamp> ramps = new HashMap<>();
        if (c.scrapRamp().isEmpty() && c.timeRamp().isEmpty()) {
            return ramps;
        }
        for (StationSpec s : converted.stations()) {
            if (!c.rampStations().isEmpty() && !c.rampStations().contains(s.id())) {
                continue;
            }
            double restart = c.restart();
            for (Conversion.Outage o : c.outages()) {
                if (o.start() >= c.cutoverStart() && o.stations().contains(s.id())) {
                    restart = Math.max(restart, o.end());
                }
            }
            ramps.put(s.id(), new Timeline.StationRamp(restart - c.restart(), c.scrapRamp(), c.timeRamp()));
        }
        return ramps;
    }

    private static ConversionStudy summarise(RetrofitPlan plan, Conversion c, int weeks, List<Weekly> series,
                                             RunSummary liquid, RunSummary converted) {
        double whLiquid = plan.base().product().whPerCell();
        double whNew = plan.converted().product().whPerCell();
        int reps = series.size();
        double[][] base = new double[weeks][reps];
        double[][] conv = new double[weeks][reps];
        double[][] drain = new double[weeks][reps];
        double[][] restarted = new double[weeks][reps];
        double[] lostMwh = new double[reps];
        double[] lostCells = new double[reps];
        double[] netMwh = new double[reps];
        double[] netCells = new double[reps];
        double[] crossover = new double[reps];
        int[] shortfallWeeks = new int[reps];
        int crossed = 0;
        for (int r = 0; r < reps; r++) {
            Weekly s = series.get(r);
            for (int w = 0; w < weeks; w++) {
                base[w][r] = s.baselineCells()[w] * whLiquid / 1e6;
                drain[w][r] = s.liquidCells()[w] * whLiquid / 1e6;
                restarted[w][r] = s.convertedCells()[w] * whNew / 1e6;
                conv[w][r] = (s.liquidCells()[w] * whLiquid + s.convertedCells()[w] * whNew) / 1e6;
                netMwh[r] += base[w][r] - conv[w][r];
                netCells[r] += s.baselineCells()[w] - s.liquidCells()[w] - s.convertedCells()[w];
            }
            int k = overtakes(base, conv, r, (int) (c.restart() / Hours.PER_WEEK), weeks);
            crossover[r] = k < 0 ? Double.NaN : k + 1;
            crossed += k < 0 ? 0 : 1;
            shortfallWeeks[r] = k < 0 ? weeks : k + 1; // through the end of the crossover week
            for (int w = 0; w < shortfallWeeks[r]; w++) {
                lostMwh[r] += Math.max(0, base[w][r] - conv[w][r]);
                lostCells[r] += Math.max(0, s.baselineCells()[w] - s.liquidCells()[w] - s.convertedCells()[w]);
            }
        }
        List<Estimate> b = new ArrayList<>();
        List<Estimate> v = new ArrayList<>();
        List<Estimate> d = new ArrayList<>();
        List<Estimate> drained = new ArrayList<>();
        List<Estimate> restartedLine = new ArrayList<>();
        for (int w = 0; w < weeks; w++) {
            b.add(Estimate.of(base[w]));
            v.add(Estimate.of(conv[w]));
            drained.add(Estimate.of(drain[w]));
            restartedLine.add(Estimate.of(restarted[w]));
            double[] diff = new double[reps];
            for (int r = 0; r < reps; r++) {
                diff[r] = conv[w][r] - base[w][r];
            }
            d.add(Estimate.of(diff));
        }
        return new ConversionStudy(plan, weeks, b, v, drained, restartedLine, d, Estimate.of(lostMwh), Estimate.of(lostCells),
                Estimate.of(netMwh), Estimate.of(netCells), Estimate.of(crossover), crossed,
                ConversionCashFlows.of(plan, c, series, shortfallWeeks, liquid, converted), liquid, converted);
    }

    /** First week (0-based), from the restart week on, whose trailing four weeks the converted line out-produces; -1 if none. */
    private static int overtakes(double[][] base, double[][] conv, int r, int restartWeek, int weeks) {
        for (int w = Math.max(restartWeek, OVERTAKE_WINDOW - 1); w < weeks; w++) {
            double b = 0;
            double v = 0;
            for (int k = w - OVERTAKE_WINDOW + 1; k <= w; k++) {
                b += base[k][r];
                v += conv[k][r];
            }
            if (v >= b) {
                return w;
            }
        }
        return -1;
    }
}
