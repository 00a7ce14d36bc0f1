package dev.linesim.line;

import dev.linesim.time.Hours;
import dev.linesim.scenario.RunSettings;
import dev.linesim.scenario.Scenario;
import dev.linesim.scenario.StationKind;
import dev.linesim.scenario.StationSpec;
import dev.linesim.sim.EventTally;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import umontreal.ssj.rng.RandomStream;
import umontreal.ssj.simevents.Simulator;
import umontreal.ssj.simevents.eventlist.Henriksen;

/**
 * One replication of a line: builds the stations on a fresh SSJ {@link Simulator}, runs to the horizon
 * and returns what was observed after the warm-up.
 *
 * <p>Line-level WIP and lead time follow the main path: from the first station, through the first-listed
 * input of every assembly station, to the end of line. Other branches deliver components, which are
 * consumed at assembly.
 */
public final class LineModel {
    /** Purposes of the random streams each station owns, in the order they are named. */
    public static final List<String> STREAM_PURPOSES = List.of("failure", "process", "repair", "scrap", "defect",
            "route", "handling");

    /** Checkpoints of the runaway watch: about 200 over the horizon, at least one every 4 h. */
    private static final double CHECKPOINTS = 200;
    private static final double CHECKPOINT_HOURS = 4;

    final Simulator sim = new Simulator(new Henriksen());
    final EventTally events;
    Station current;
    private final Scenario scenario;
    private final int replication;
    private final Map<String, Station> stations = new LinkedHashMap<>();
    private final Map<String, Crew> crews = new LinkedHashMap<>();
    private final Level wip;
    private double goodCells;
    private double leadTimeSum;
    private double scrappedCells;
    private double scrappedTimeSum;
    private final double[] dailyGood;
    private static final int BINS_PER_DAY = (int) Math.round(Hours.PER_DAY / ReplicationResult.BIN_HOURS);
    /** Good cells per {@link ReplicationResult#BIN_HOURS} hours of the whole horizon, the last bin maybe partial. */
    private final double[] binGood;
    /** Main-path WIP integrated per bin; days are sums of whole bins. */
    private final DailyMean binWip;
    private final Set<String> mainPath;
    private final Timeline timeline;
    private final double[] weeklyGood;
    /** Good cells per grade of the end-of-line grading, and defective cells that left undetected (observed period). */
    private final double[] gradeCells;
    private double escapedDefects;

    private LineModel(Scenario scenario, Map<String, RandomStream> streams, int replication, Timeline timeline) {
        this.scenario = scenario;
        this.replication = replication;
        this.timeline = timeline;
        this.events = new EventTally(sim, scenario.run().horizon());
        this.weeklyGood = new double[timeline == null ? 0 : timeline.weeks()];
        this.wip = new Level(sim);
        this.dailyGood = new double[Hours.wholePeriods(scenario.run().observedHours(), Hours.PER_DAY)];
        int bins = Hours.periodsCovering(scenario.run().horizon(), ReplicationResult.BIN_HOURS);
        this.binGood = new double[bins];
        this.binWip = new DailyMean(bins, ReplicationResult.BIN_HOURS);
        this.mainPath = mainPath(scenario);
        scenario.repairCrews().forEach(c -> crews.put(c.id(), new Crew(this, c)));
        for (StationSpec spec : scenario.stations()) {
            Crew crew = spec.failures().flatMap(f -> f.repairCrew()).map(crews::get).orElse(null);
            stations.put(spec.id(), new Station(this, spec, mainPath.contains(spec.id()), streams, crew));
        }
        for (StationSpec spec : scenario.stations()) {
            Station s = stations.get(spec.id());
            for (String up : spec.from()) {
                Inlet in = new Inlet(s, stations.get(up), spec.cellsPerUnit(), spec.buffer());
                s.addInlet(in);
                stations.get(up).downstream = in;
            }
        }
        for (Station s : stations.values()) {
            wireOutlets(s);
        }
        this.gradeCells = new double[grades(scenario)];
    }

    /** Gives a station whose jobs split its outlets, and a station on a rework edge its way back. */
    private void wireOutlets(Station s) {
        s.spec.flow().returnsTo().ifPresent(target -> {
            Inlet back = stations.get(target).inlets[0];
            back.returnsFrom(s);
            s.downstream = back;
        });
        if (s.sorting == null || s.sorting.outlets() == 0) {
            return;
        }
        List<String> to = new ArrayList<>(s.spec.flow().split().keySet());
        if (s.spec.kind() instanceof StationKind.Grading g) { // a grade sent on goes to its station; others leave
            to = g.grades().stream().map(x -> x.to().orElse(null)).toList();
        }
        if (s.spec.kind() instanceof StationKind.Inspection in && in.caughtTo().isPresent()) { // parts: passed, caught
            to = List.of(scenario.next(s.spec).orElseThrow().id(), in.caughtTo().get());
        }
        s.outlets = new Inlet[s.sorting.outlets()]; // grades leave the line: no inlet
        for (int i = 0; i < to.size(); i++) {
            if (to.get(i) == null) {
                continue;
            }
            for (Inlet in : stations.get(to.get(i)).inlets) {
                if (in.upstream == s) {
                    s.outlets[i] = in;
                }
            }
        }
    }

    /** Grades of the scenario's grading station, or 0 without one. */
    static int grades(Scenario scenario) {
        return scenario.endOfLine().kind() instanceof StationKind.Grading g ? g.grades().size() : 0;
    }

    /** Whether a conversion timeline ramps this station's process time (so its durations vary over the run). */
    boolean ramped(String station) {
        return timeline != null && timeline.ramps().containsKey(station);
    }

    /** Name of a station's stream for one purpose, e.g. {@code coating/process}. */
    public static String stream(StationSpec spec, String purpose) {
        return spec.id() + "/" + purpose;
    }

    /** Every stream name a scenario uses. */
    public static List<String> streamNames(Scenario scenario) {
        List<String> names = new ArrayList<>();
        for (StationSpec s : scenario.stations()) {
            for (String purpose : STREAM_PURPOSES) {
                names.add(stream(s, purpose));
            }
        }
        return names;
    }

    /**
     * Station ids on the main path: from the end of line back through each first-listed input (every input of a
     * merge), and every station
     * taking cells from these (split branches, rework), since those cells are still on their way to the end of line.
     */
    public static Set<String> mainPath(Scenario scenario) {
        Set<String> path = new HashSet<>();
        java.util.ArrayDeque<StationSpec> todo = new java.util.ArrayDeque<>(List.of(scenario.endOfLine()));
        while (!todo.isEmpty()) {
            StationSpec s = todo.poll();
            if (path.add(s.id()) && !s.isSource()) {
                for (String up : s.flow().merge() ? s.from() : s.from().subList(0, 1)) {
                    todo.add(scenario.station(up).orElseThrow());
                }
            }
        }
        boolean grown = true;
        while (grown) {
            grown = false;
            for (StationSpec t : scenario.stations()) {
                if (!path.contains(t.id()) && t.from().stream().anyMatch(path::contains)) {
                    grown = path.add(t.id());
                }
            }
        }
        return path;
    }

    /** Runs replication {@code replication} with its streams and returns its observations. */
    public static ReplicationResult run(Scenario scenario, Map<String, RandomStream> streams, int replication) {
        return new LineModel(scenario, streams, replication, null).simulate();
    }

    /** Runs one replication of a conversion timeline: outages, feed stop, ramps, output counted by week. */
    public static ReplicationResult run(Scenario scenario, Map<String, RandomStream> streams, int replication,
                                        Timeline timeline) {
        return new LineModel(scenario, streams, replication, timeline).simulate();
    }

    private ReplicationResult simulate() {
        RunSettings run = scenario.run();
        Schedule plan = new Schedule(sim, events, run.horizon());
        plan.calendar(scenario.calendar(), stations.values());
        plan.shifts(crews.values());
        if (timeline != null) {
            plan.timeline(timeline, stations);
        }
        if (run.warmup() > 0) {
            plan.after(run.warmup(), Schedule.PRIORITY_WARMUP, this::endWarmup);
        }
        plan.after(run.horizon(), Schedule.PRIORITY_END, sim::stop);
        List<Inlet> inlets = new ArrayList<>();
        stations.values().forEach(s -> inlets.addAll(Arrays.asList(s.inlets)));
        RunawayWatch watch = new RunawayWatch(inlets);
        if (watch.watching()) {
            double every = Math.min(CHECKPOINT_HOURS, run.horizon() / CHECKPOINTS);
            plan.checkpoints(watch, every);
        }
        for (Station s : stations.values()) {
            if (s.spec.isSource()) {
                s.wake();
            }
        }
        try {
            sim.start();
        } catch (LineUnstable e) {
            throw new SimulationFailure(replication, sim.time(), e.station(), e);
        } catch (dev.linesim.sim.Interruption.Stopped e) {
            throw e; // a stop request, not a failure of the model
        } catch (RuntimeException e) {
            throw new SimulationFailure(replication, sim.time(), current == null ? "" : current.spec.id(), e);
        }
        events.finish();
        return result();
    }

    private void endWarmup() {
        wip.reset();
        for (Station s : stations.values()) {
            s.statistics().reset();
        }
        crews.values().forEach(Crew::reset);
        goodCells = 0;
        leadTimeSum = 0;
        scrappedCells = 0;
        scrappedTimeSum = 0;
        java.util.Arrays.fill(gradeCells, 0);
        escapedDefects = 0;
    }

    boolean observing() {
        return sim.time() >= scenario.run().warmup();
    }

    private void wipChanged() {
        binWip.set(sim.time(), wip.value());
    }

    void entered(Lot lot) {
        wip.add(lot.cells());
        wipChanged();
    }

    void scrapped(Lot job, long cells) {
        wip.add(-cells);
        wipChanged();
        if (observing()) {
            scrappedCells += cells;
            scrappedTimeSum += cells * (sim.time() - job.meanEntry());
        }
    }

    /** A graded part of a job leaves the line. */
    void exited(Lot lot, int grade) {
        if (observing()) {
            gradeCells[grade] += lot.cells();
        }
        exited(lot);
    }

    void exited(Lot lot) {
        wip.add(-lot.cells()); // the end of line is on the main path
        wipChanged();
        int bin = (int) (sim.time() / ReplicationResult.BIN_HOURS);
        if (bin < binGood.length) {
            binGood[bin] += lot.cells();
        }
        if (observing()) {
            goodCells += lot.cells();
            escapedDefects += lot.defective();
            leadTimeSum += lot.cells() * sim.time() - lot.entrySum();
            int day = (int) ((sim.time() - scenario.run().warmup()) / Hours.PER_DAY);
            if (day < dailyGood.length) {
                dailyGood[day] += lot.cells();
            }
        }
        if (timeline != null) {
            int week = timeline.week(sim.time());
            if (week >= 0 && week < weeklyGood.length) {
                weeklyGood[week] += lot.cells();
            }
        }
    }

    private ReplicationResult result() {
        double hours = scenario.run().observedHours();
        List<StationResult> perStation = new ArrayList<>();
        double overallYield = 1;
        for (Station s : stations.values()) {
            StationResult r = s.result();
            perStation.add(r);
            if (mainPath.contains(r.id())) {
                overallYield *= r.yield();
            }
        }
        double exits = goodCells + scrappedCells;
        if (branched()) { // a product of yields counts a branch or a rework station as if every cell passed it
            overallYield = exits > 0 ? goodCells / exits : Double.NaN;
        }
        double end = Math.min(sim.time(), scenario.run().horizon());
        int wholeBins = Hours.wholePeriods(scenario.run().horizon(), ReplicationResult.BIN_HOURS); // for MSER
        return new ReplicationResult(replication, events.count(), goodCells, goodCells / hours, overallYield,
                wip.average(), goodCells > 0 ? leadTimeSum / goodCells : Double.NaN,
                exits > 0 ? (leadTimeSum + scrappedTimeSum) / exits : Double.NaN, exits / hours,
                dailyGood.clone(), perDay(binGood), binWip.means(end, BINS_PER_DAY), Arrays.copyOf(binGood, wholeBins),
                Arrays.copyOf(binWip.means(end, 1), wholeBins), weeklyGood.clone(), perStation,
                crews.values().stream().map(Crew::result).toList(), gradeCells.clone(), escapedDefects);
    }

    /** Whether cells may split over several outlets or go back on a rework edge. */
    private boolean branched() {
        for (Station s : stations.values()) {
            if (s.outlets != null || s.spec.flow().returnsTo().isPresent()) {
                return true;
            }
        }
        return false;
    }

    /** Sums each day's bins of a per-bin count. */
    private static double[] perDay(double[] perBin) {
        double[] perDay = new double[(perBin.length + BINS_PER_DAY - 1) / BINS_PER_DAY];
        for (int b = 0; b < perBin.length; b++) {
            perDay[b / BINS_PER_DAY] += perBin[b];
        }
        return perDay;
    }
}
