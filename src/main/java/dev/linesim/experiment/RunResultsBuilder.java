package dev.linesim.experiment;

import dev.linesim.line.LineModel;
import dev.linesim.line.ReplicationResult;
import dev.linesim.results.Bottleneck;
import dev.linesim.results.CrewResults;
import dev.linesim.results.Format;
import dev.linesim.results.GradeResults;
import dev.linesim.results.Kpi;
import dev.linesim.results.KpiEstimate;
import dev.linesim.results.ResultsFiles;
import dev.linesim.results.RunInfo;
import dev.linesim.results.RunResults;
import dev.linesim.results.ScenarioInfo;
import dev.linesim.results.Scope;
import dev.linesim.results.Series;
import dev.linesim.results.StationResults;
import dev.linesim.scenario.RepairCrew;
import dev.linesim.scenario.Scenario;
import dev.linesim.scenario.StationKind;
import dev.linesim.scenario.StationSpec;
import dev.linesim.stats.Estimate;
import dev.linesim.time.Hours;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;

/** Turns a simulated run into its result records, KPI by KPI from the {@link KpiCatalogue}. */
final class RunResultsBuilder {
    private RunResultsBuilder() {
    }

    static RunResults build(RunSummary run) {
        Scenario s = run.scenario();
        List<KpiEstimate> kpis = new ArrayList<>();
        for (KpiCatalogue.LineEntry e : KpiCatalogue.LINE) {
            if (e.applies().test(run)) {
                kpis.add(estimate(e.resolved(run.economics().currency()), run.replications(), r -> e.value().of(run, r)));
            }
        }
        List<StationResults> stations = new ArrayList<>();
        Set<String> mainPath = LineModel.mainPath(s);
        double hours = s.run().observedHours();
        for (int i = 0; i < s.stations().size(); i++) {
            int k = i;
            StationSpec spec = s.stations().get(i);
            List<KpiEstimate> figures = new ArrayList<>();
            for (KpiCatalogue.StationEntry e : KpiCatalogue.STATION) {
                if (!e.applies().test(run)) {
                    continue;
                }
                figures.add(estimate(e.kpi(), run.replications(), r -> e.value().of(r.stations().get(k), hours)));
            }
            stations.add(new StationResults(spec.id(), spec.name(), spec.kind().key(),
                    spec.unit(), spec.machines() == StationSpec.UNLIMITED ? StationResults.UNLIMITED : spec.machines(),
                    mainPath.contains(spec.id()), figures));
        }
        ScenarioInfo info = new ScenarioInfo(s.name(), s.description(), s.product().chemistry(), s.product().format(),
                s.product().whPerCell(), run.plan().isPresent(), run.plan().map(p -> p.base().name()).orElse(null));
        RunInfo settings = new RunInfo(s.run().horizon(), s.run().warmup(), s.run().observedHours(), s.run().replications(),
                s.run().seed(), Estimate.LEVEL, s.calendar().hoursPerDay(), s.calendar().daysPerYear());
        Series output = series("good_cells_per_day", "Good cells per day", "cells/d", run.replications(),
                ReplicationResult::horizonDailyGood);
        Series wip = series("wip_cells", "WIP on main path", "cells", run.replications(), ReplicationResult::horizonDailyWip);
        RunResults r = new RunResults(RunResults.FORMAT, run.provenance(), info, settings, kpis, stations, Bottleneck.of(stations),
                output, wip, CapitalBuilder.build(run), AssumptionsBuilder.build(s), WarmupCheck.checks(run), null,
                grades(run), crews(run));
        return r.withProvenance(r.provenance().withDigest(ResultsFiles.digest(r)));
    }

    /** Each grade's share of the good cells, with its price. */
    private static List<GradeResults> grades(RunSummary run) {
        List<GradeResults> grades = new ArrayList<>();
        List<StationKind.Grade> spec = SellingPrice.grades(run.scenario());
        Kpi share = new Kpi("grade_share", "Share of good cells", "fraction", Scope.LINE,
                "good cells sorted into this grade / all good cells", Format.PERCENT);
        for (int g = 0; g < spec.size(); g++) {
            int k = g;
            String price = spec.get(g).to().map(to -> "sent to " + to).orElseGet(() -> SellingPrice.of(run.scenario(),
                    spec.get(k)).map(m -> m.amount().stripTrailingZeros().toPlainString() + " " + m.currency() + "/kWh")
                    .orElse(null));
            grades.add(new GradeResults(spec.get(g).name(), price, estimate(share, run.replications(),
                    r -> r.goodCells() > 0 ? r.gradeCells()[k] / r.goodCells() : Double.NaN)));
        }
        return grades;
    }

    /** Each repair crew's technicians on duty, utilisation and wait. */
    private static List<CrewResults> crews(RunSummary run) {
        List<CrewResults> crews = new ArrayList<>();
        List<RepairCrew> spec = run.scenario().repairCrews();
        for (int c = 0; c < spec.size(); c++) {
            int k = c;
            crews.add(new CrewResults(spec.get(c).id(), spec.get(c).name(),
                    estimate(new Kpi("crew_on_duty", "Technicians on duty", "technicians", Scope.LINE,
                            "technicians on duty, time-average", Format.DECIMAL_2), run.replications(),
                            r -> r.crews().get(k).size()),
                    estimate(new Kpi("crew_utilisation", "Busy", "share", Scope.LINE,
                            "technician-hours repairing / technician-hours on duty", Format.PERCENT), run.replications(),
                            r -> r.crews().get(k).utilisation()),
                    estimate(new Kpi("crew_wait_h", "Wait for a technician", "h", Scope.LINE,
                            "mean hours from a breakdown to the start of its repair", Format.DECIMAL_2), run.replications(),
                            r -> r.crews().get(k).meanWaitHours())));
        }
        return crews;
    }

    private static KpiEstimate estimate(Kpi kpi, List<ReplicationResult> reps,
                                        ToDoubleFunction<ReplicationResult> f) {
        double[] values = reps.stream().mapToDouble(f).toArray();
        return new KpiEstimate(kpi, Estimate.of(values), Arrays.stream(values).boxed().toList());
    }

    private static Series series(String key, String label, String unit, List<ReplicationResult> reps,
                                 Function<ReplicationResult, double[]> f) {
        int steps = reps.stream().mapToInt(r -> f.apply(r).length).min().orElse(0);
        List<Estimate> values = new ArrayList<>();
        for (int d = 0; d < steps; d++) {
            int day = d;
            values.add(Estimate.of(reps.stream().mapToDouble(r -> f.apply(r)[day]).toArray()));
        }
        return new Series(key, label, unit, Hours.PER_DAY, values);
    }
}
