package dev.linesim.experiment;

import dev.linesim.time.Hours;
import dev.linesim.line.ReplicationResult;
import dev.linesim.line.StationResult;
import dev.linesim.results.Format;
import dev.linesim.results.Kpi;
import dev.linesim.results.Scope;
import dev.linesim.scenario.StationKind;
import java.util.List;
import java.util.function.Predicate;

/**
 * Every KPI linesim reports, defined once: its key, label, unit, definition, display format and how one
 * replication's value is taken. Tables, result files, charts, reports and comparisons all read this list;
 * adding a KPI is adding one entry. Units may name {@code {currency}}, filled in from the scenario.
 */
public final class KpiCatalogue {
    private KpiCatalogue() {
    }

    /** What a line or economics KPI is measured on: one run and one of its replications. */
    @FunctionalInterface
    public interface LineValue {
        double of(RunSummary run, ReplicationResult replication);
    }

    /** What a station KPI is measured on: one station in one replication, observed for {@code hours}. */
    @FunctionalInterface
    public interface StationValue {
        double of(StationResult station, double observedHours);
    }

    /** A line or economics KPI: its definition, when it applies, and its value in one replication. */
    public record LineEntry(Kpi kpi, Predicate<RunSummary> applies, LineValue value) {
        /** The definition with the run's currency filled in. */
        public Kpi resolved(String currency) {
            return new Kpi(kpi.key(), kpi.label(), kpi.unit().replace("{currency}", currency), kpi.scope(),
                    kpi.definition(), kpi.format());
        }
    }

    /** A station KPI, and when it applies. */
    public record StationEntry(Kpi kpi, Predicate<RunSummary> applies, StationValue value) {
    }

    private static final Predicate<RunSummary> ALWAYS = run -> true;
    private static final Predicate<RunSummary> CREWS = run -> !run.scenario().repairCrews().isEmpty();
    private static final Predicate<RunSummary> DEFECTS = run -> run.scenario().stations().stream()
            .anyMatch(s -> s.flow().defects() > 0);
    private static final Predicate<RunSummary> INSPECTS = run -> run.scenario().stations().stream()
            .anyMatch(s -> s.kind() instanceof StationKind.Inspection || s.kind() instanceof StationKind.Grading);
    private static final Predicate<RunSummary> GRADES = run -> !SellingPrice.grades(run.scenario()).isEmpty();

    /** Line KPIs, then economics KPIs, in the order tables show them. */
    public static final List<LineEntry> LINE = withCostStack(List.of(
            line("good_cells_per_h", "Good cells per hour", "cells/h", Format.DECIMAL_1,
                    "good cells leaving the end of line per hour of the observed period (after warm-up)",
                    (run, r) -> r.cellsPerHour()),
            line("good_cells_per_day", "Good cells per day", "cells/d", Format.INTEGER,
                    "good cells per hour x 24", (run, r) -> r.cellsPerHour() * Hours.PER_DAY),
            line("good_cells_per_year", "Good cells per year", "cells/yr", Format.MILLIONS,
                    "good cells per hour x 24 h x the calendar's days per year",
                    (run, r) -> r.cellsPerHour() * run.scenario().calendar().hoursPerYear()),
            line("gwh_per_year", "Output, GWh/yr", "GWh/yr", Format.DECIMAL_3,
                    "good cells per year x nominal Wh per cell / 10^9",
                    (run, r) -> r.cellsPerHour() * run.scenario().calendar().hoursPerYear()
                            * run.scenario().product().whPerCell() / 1e9),
            line("overall_yield", "Overall yield (main path)", "fraction", Format.PERCENT,
                    "product of the station yields along the main path (rolled throughput yield); on a line with split"
                            + " outlets or rework: good cells / cells leaving the main path, good or scrapped",
                    (run, r) -> r.overallYield()),
            line("wip_cells", "WIP on main path, cells", "cells", Format.INTEGER,
                    "time-average cells on the main path, from entry at its first station to exit or scrap",
                    (run, r) -> r.wipCells()),
            line("lead_time_days", "Lead time, days", "d", Format.DECIMAL_2,
                    "mean time from entry to exit of the good cells leaving in the observed period",
                    (run, r) -> r.leadTimeHours() / Hours.PER_DAY),
            new LineEntry(new Kpi("crew_utilisation", "Repair crews busy", "share", Scope.LINE,
                    "technician-hours repairing / technician-hours on duty, all repair crews together", Format.PERCENT),
                    CREWS, (run, r) -> crews(r, true)),
            new LineEntry(new Kpi("crew_wait_h", "Wait for a technician, h", "h", Scope.LINE,
                    "mean hours from a breakdown to the start of its repair, over the repairs begun, all crews together",
                    Format.DECIMAL_2), CREWS, (run, r) -> crews(r, false)),
            new LineEntry(new Kpi("escaped_defects_ppm", "Defective cells shipped, ppm", "ppm", Scope.LINE,
                    "cells with a defect made upstream and never caught, per million good cells leaving the line",
                    Format.DECIMAL_1), DEFECTS, (run, r) -> r.goodCells() > 0 ? 1e6 * r.escapedDefects() / r.goodCells()
                    : Double.NaN),
            new LineEntry(new Kpi("top_grade_share", "Top-grade share", "fraction", Scope.LINE,
                    "good cells sorted into the first grade listed at grading / all good cells", Format.PERCENT), GRADES,
                    (run, r) -> r.goodCells() > 0 ? r.gradeCells()[0] / r.goodCells() : Double.NaN),
            economics("capital_employed", "Capital employed", "M{currency}", Format.DECIMAL_2,
                    "a line: its equipment at book value and its facility; a converted line: assets kept (equipment at book"
                            + " value) plus retrofit capex",
                    LineEconomics::priced, (run, r) -> run.economics().capitalBase().movePointLeft(6).doubleValue()),
            economics("annual_capital_charge", "Annual capital charge", "M{currency}/yr", Format.DECIMAL_2,
                    "equipment x CRF(rate, equipment life) + facility x CRF(rate, building life)",
                    LineEconomics::priced, (run, r) -> run.economics().capitalCharge().movePointLeft(6).doubleValue()),
            economics("capital_per_kwh_year", "Capital per kWh of annual output", "{currency}/(kWh/yr)", Format.DECIMAL_1,
                    "capital employed / kWh of good output per year, per replication",
                    LineEconomics::priced, (run, r) -> run.economics().capexPerKwhYearByReplication()[r.replication()]),
            economics("cost_per_kwh", "Cost per kWh of good output", "{currency}/kWh", Format.DECIMAL_2,
                    "sum of the cost-stack components per year / good kWh per year, per replication",
                    e -> e.costPerKwh().isPresent(), (run, r) -> run.economics().costPerKwhByReplication()[r.replication()]),
            economics("retrofit_capex", "Retrofit capex (gross)", "M{currency}", Format.DECIMAL_2,
                    "new equipment and facility bought plus declared modification costs",
                    e -> e.retrofit().isPresent(),
                    (run, r) -> run.economics().retrofit().orElseThrow().gross().movePointLeft(6).doubleValue()),
            new LineEntry(new Kpi("selling_price_per_kwh", "Selling price, mean over grades", "{currency}/kWh",
                    Scope.ECONOMICS, "each grade's good kWh x its price, summed, / good kWh (economics.price_per_kwh where a"
                    + " grade has no price)", Format.DECIMAL_2),
                    run -> GRADES.test(run) && SellingPrice.priced(run.scenario()),
                    (run, r) -> SellingPrice.perKwh(run.scenario(), r)),
            new LineEntry(new Kpi("revenue_per_year", "Revenue", "M{currency}/yr", Scope.ECONOMICS,
                    "good kWh per year x the mean selling price over grades", Format.DECIMAL_1),
                    run -> GRADES.test(run) && SellingPrice.priced(run.scenario()),
                    (run, r) -> SellingPrice.perKwh(run.scenario(), r) * r.cellsPerHour()
                            * run.scenario().calendar().hoursPerYear() * run.scenario().product().whPerCell() / 1e9)));

    /** Key of a cost-stack component's KPI: {@code cost_per_kwh_<component>}. */
    public static String stackKey(CostStack.Component c) {
        return "cost_per_kwh_" + c.key;
    }

    /** The cost per kWh is followed by its components, then by the materials scrap consumed. */
    private static List<LineEntry> withCostStack(List<LineEntry> entries) {
        List<LineEntry> all = new java.util.ArrayList<>();
        for (LineEntry e : entries) {
            all.add(e);
            if (!e.kpi().key().equals("cost_per_kwh")) {
                continue;
            }
            for (CostStack.Component c : CostStack.Component.values()) {
                all.add(economics(stackKey(c), c.label, "{currency}/kWh", Format.DECIMAL_2,
                        "component of the cost per kWh: " + c.label.toLowerCase(java.util.Locale.ROOT)
                                + " per year / good kWh per year, per replication (see README, Cost stack)",
                        x -> x.stackByReplication().containsKey(c),
                        (run, r) -> run.economics().stackByReplication().get(c)[r.replication()]));
                if (c == CostStack.Component.MATERIALS) {
                    all.add(economics("scrap_material_per_kwh", "of which in scrapped cells", "{currency}/kWh",
                            Format.DECIMAL_2, "materials consumed by cells later scrapped, each up to the station where it"
                                    + " was lost, per good kWh (part of the materials)",
                            x -> x.stackByReplication().containsKey(CostStack.Component.MATERIALS),
                            (run, r) -> run.economics().scrapMaterialsByReplication()[r.replication()]));
                }
            }
        }
        return List.copyOf(all);
    }

    /** Station KPIs, in the order tables show them. */
    public static final List<StationEntry> STATION = List.of(
            station("yield", "Yield", "fraction", Format.PERCENT, "cells passed on / cells finished at the station",
                    (s, h) -> s.yield()),
            station("busy", "Busy", "share", Format.PERCENT, "share of machine-time processing", (s, h) -> s.busy()),
            station("blocked", "Blocked", "share", Format.PERCENT,
                    "share of machine-time holding finished work the next buffer cannot take", (s, h) -> s.blocked()),
            station("starved", "Starved", "share", Format.PERCENT,
                    "share of machine-time up, scheduled and waiting for material", (s, h) -> s.starved()),
            station("down", "Down", "share", Format.PERCENT, "share of machine-time broken down or in repair",
                    (s, h) -> s.down()),
            station("idle", "Idle (planned)", "share", Format.PERCENT,
                    "share of machine-time in planned downtime (off-shift, maintenance)", (s, h) -> s.idle()),
            station("utilisation", "Utilisation", "share", Format.PERCENT, "busy / (1 - planned idle)",
                    (s, h) -> s.utilisation()),
            station("occupancy", "Occupancy, units", "units", Format.DECIMAL_1,
                    "time-average units in process or waiting to leave", (s, h) -> s.occupancy()),
            station("wip_cells", "WIP, cells", "cells", Format.INTEGER,
                    "time-average cells held: input buffers, in process and blocked", (s, h) -> s.wipCells()),
            station("good_cells_per_h", "Cells/h out", "cells/h", Format.DECIMAL_1,
                    "cells passed on per hour of the observed period", (s, h) -> s.goodOut() / h),
            new StationEntry(new Kpi("waiting_for_crew", "Waiting for crew", "share", Scope.STATION,
                    "share of machine-time broken down and waiting for a technician (part of down)", Format.PERCENT),
                    CREWS, (s, h) -> s.waitingForCrew()),
            new StationEntry(new Kpi("detection", "Defects caught", "share", Scope.STATION,
                    "defective cells caught at this inspection or grading / defective cells that passed it", Format.PERCENT),
                    INSPECTS, (s, h) -> s.defectiveSeen() > 0 ? s.caught() / s.defectiveSeen() : Double.NaN));

    /** All crews together: technicians' utilisation weighted by crew size, or the wait weighted by repairs begun. */
    private static double crews(ReplicationResult r, boolean utilisation) {
        double weighted = 0;
        double weights = 0;
        for (var c : r.crews()) {
            double w = utilisation ? c.size() : c.repairsStarted();
            weighted += w * (utilisation ? c.utilisation() : c.meanWaitHours());
            weights += w;
        }
        return weights > 0 ? weighted / weights : Double.NaN;
    }

    /** The line or economics entry with this key. */
    public static LineEntry line(String key) {
        return LINE.stream().filter(e -> e.kpi().key().equals(key)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no KPI '" + key + "'"));
    }

    private static LineEntry line(String key, String label, String unit, Format format, String definition, LineValue value) {
        return new LineEntry(new Kpi(key, label, unit, Scope.LINE, definition, format), ALWAYS, value);
    }

    private static LineEntry economics(String key, String label, String unit, Format format, String definition,
                                       Predicate<LineEconomics> applies, LineValue value) {
        return new LineEntry(new Kpi(key, label, unit, Scope.ECONOMICS, definition, format),
                run -> applies.test(run.economics()), value);
    }

    private static StationEntry station(String key, String label, String unit, Format format, String definition,
                                        StationValue value) {
        return new StationEntry(new Kpi(key, label, unit, Scope.STATION, definition, format), ALWAYS, value);
    }
}
