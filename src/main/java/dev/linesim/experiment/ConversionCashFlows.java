package dev.linesim.experiment;

import dev.linesim.economics.CapexItem;
import dev.linesim.economics.CashFlow;
import dev.linesim.line.ReplicationResult;
import dev.linesim.results.ConversionResults;
import dev.linesim.scenario.Economics;
import dev.linesim.scenario.Scenario;
import dev.linesim.scenario.retrofit.Conversion;
import dev.linesim.scenario.retrofit.RetrofitPlan;
import dev.linesim.stats.Estimate;
import dev.linesim.time.Hours;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The conversion decision as cash flows, incremental to staying liquid, per replication, over the planning
 * horizon from the planning date. Weeks inside the simulated timeline take their output from it; later weeks take
 * each line's steady-state rate (the ramp is then taken as finished). Each week (flows at its end):
 * <ul>
 * <li>margin: good kWh x (price - materials and energy per kWh), each product at its own margin, less the fixed
 * costs (labour, dry room, maintenance, overhead, other) of the line running: the liquid line's until the
 * restart, the converted line's after;</li>
 * <li>production subsidy per good kWh while it is paid;</li>
 * <li>tax at the tax rate on the change in profit after depreciation: the retrofit's spend is depreciated straight
 * line from the restart (equipment and facility over their lives); retired equipment stops depreciating and its
 * book value less salvage is written off at cutover;</li>
 * <li>capex: the retrofit's gross capex, paid in the plan's shares at their dates; salvage of retired equipment at
 * cutover;</li>
 * <li>working capital in WIP, valued at materials per good cell: the liquid line's released at cutover as it
 * drains, the converted line's tied up at restart, both returned at the end;</li>
 * <li>at the end of the horizon, the remaining book value of the retrofit's spend, less that the retired
 * equipment would still have had (assets leave at book value).</li>
 * </ul>
 * The steady-state weeks carry a production year's output over a calendar year (days per year / 365.25 of the
 * timeline's round-the-calendar weeks); both lines are scaled alike.
 */
final class ConversionCashFlows {
    static final double WEEKS_PER_YEAR = Hours.PER_YEAR / Hours.PER_WEEK;

    /** Basis of a decision whose output over time was simulated week by week. */
    static final String SIMULATED = "simulated conversion timeline: drain, installation, ramp-up";
    /** Basis of a decision estimated from both lines' steady states. */
    static final String STEADY_STATE = "steady states: liquid output stops at cutover, the converted line runs at its"
            + " steady rate from restart (no drain, no ramp-up; linesim convert simulates them)";

    private ConversionCashFlows() {
    }

    /** The cash flows as result records, money in millions. */
    static ConversionResults.Decision decision(RetrofitPlan plan, Conversion c, Result x, String basis) {
        int paid = (int) java.util.Arrays.stream(x.simplePayback()).filter(Double::isFinite).count();
        List<Estimate> cumulative = x.cumulativeByWeek().stream().map(e -> e.times(1e-6)).toList();
        Economics e = plan.converted().economics();
        return new ConversionResults.Decision(basis, e.currency(), c.planningYears(), e.discountRate(), e.taxRate(),
                Estimate.of(x.npv()).times(1e-6), Estimate.of(x.irr()), Estimate.of(x.simplePayback()),
                Estimate.of(x.discountedPayback()), paid, x.npv().length, Estimate.of(x.netLostMargin()).times(1e-6),
                Estimate.of(x.shortfallMargin()).times(1e-6), c.payments().stream().map(p -> new ConversionResults.Payment(
                        p.label(), p.share(), p.at() / Hours.PER_WEEK)).toList(), cumulative);
    }

    /**
     * The decision estimated from the two lines' steady-state runs, for {@code run} and {@code compare}: the liquid
     * line at its steady rate until cutover, nothing during installation, the converted line at its steady rate from
     * restart; empty without a conversion section or prices.
     */
    static Optional<ConversionResults.Decision> steadyState(RunSummary liquid, RunSummary converted) {
        Optional<RetrofitPlan> plan = converted.plan();
        if (plan.isEmpty() || plan.get().conversion().isEmpty()) {
            return Optional.empty();
        }
        Conversion c = plan.get().conversion().get();
        int weeks = Hours.periodsCovering(c.restart(), Hours.PER_WEEK) + 1;
        int n = Math.min(liquid.replications().size(), converted.replications().size());
        List<ConversionStudy.Weekly> series = new ArrayList<>();
        int[] shortfallWeeks = new int[n];
        for (int r = 0; r < n; r++) {
            double[] base = new double[weeks];
            double[] drain = new double[weeks];
            double[] now = new double[weeks];
            double old = liquid.replications().get(r).cellsPerHour();
            double neu = converted.replications().get(r).cellsPerHour();
            for (int w = 0; w < weeks; w++) {
                base[w] = old * Hours.PER_WEEK;
                drain[w] = old * Math.max(0, Math.min(Hours.PER_WEEK * (w + 1), c.cutoverStart()) - Hours.PER_WEEK * w);
                now[w] = neu * Math.max(0, Hours.PER_WEEK * (w + 1) - Math.max(Hours.PER_WEEK * w, c.restart()));
            }
            series.add(new ConversionStudy.Weekly(base, drain, now));
            shortfallWeeks[r] = weeks;
        }
        return of(plan.get(), c, series, shortfallWeeks, liquid, converted)
                .map(x -> decision(plan.get(), c, x, STEADY_STATE));
    }

    /**
     * What the cash flows say, each over the replications.
     *
     * @param npv               net present value at the discount rate
     * @param irr               internal rate of return (NaN where the flows never turn positive)
     * @param simplePayback     years from the first outlay until the cumulative position is back to zero
     * @param discountedPayback the same, discounted
     * @param cumulative        cumulative undiscounted position at the end of each week, in the currency
     * @param netLostMargin     margin of the net output lost over the timeline (baseline minus converting)
     * @param shortfallMargin   margin of the weekly shortfalls, summed through the crossover week
     * @param weeks             weeks of the planning horizon
     */
    record Result(double[] npv, double[] irr, double[] simplePayback, double[] discountedPayback, double[][] cumulative,
                  double[] netLostMargin, double[] shortfallMargin, int weeks) {
        List<Estimate> cumulativeByWeek() {
            List<Estimate> list = new ArrayList<>();
            for (int w = 0; w < weeks; w++) {
                double[] x = new double[cumulative.length];
                for (int r = 0; r < cumulative.length; r++) {
                    x[r] = cumulative[r][w];
                }
                list.add(Estimate.of(x));
            }
            return list;
        }
    }

    /** One line's money per replication: variable margin per kWh, fixed costs per year, WIP value, subsidy. */
    private record LineMoney(double marginPerKwh, double fixedPerYear, double kwhPerYear, double wipValue, double whPerCell,
                             double subsidyPerKwh, double subsidyYears) {
        static LineMoney of(Scenario line, LineEconomics e, ReplicationResult r, double price) {
            Map<CostStack.Component, double[]> s = e.stackByReplication();
            int i = r.replication();
            double materials = part(s, CostStack.Component.MATERIALS, i);
            double variable = materials + part(s, CostStack.Component.ENERGY, i);
            double fixedPerKwh = part(s, CostStack.Component.LABOUR, i) + part(s, CostStack.Component.DRY_ROOM, i)
                    + part(s, CostStack.Component.MAINTENANCE, i) + part(s, CostStack.Component.OVERHEAD, i)
                    + part(s, CostStack.Component.OTHER_FIXED, i);
            double wh = line.product().whPerCell();
            double kwhPerYear = r.cellsPerHour() * line.calendar().hoursPerYear() * wh / 1000;
            Economics x = line.economics();
            return new LineMoney(price - variable, fixedPerKwh * kwhPerYear, kwhPerYear, r.wipCells() * materials * wh / 1000,
                    wh, x.subsidyPerKwh().map(m -> m.amount().doubleValue()).orElse(0.0), x.subsidyYears());
        }

        private static double part(Map<CostStack.Component, double[]> s, CostStack.Component c, int i) {
            return s.containsKey(c) ? s.get(c)[i] : 0;
        }
    }

    /** The cash flows, or empty when a line has no selling price. */
    static Optional<Result> of(RetrofitPlan plan, Conversion c, List<ConversionStudy.Weekly> series, int[] shortfallWeeks,
                               RunSummary liquid, RunSummary converted) {
        if (!SellingPrice.priced(plan.base()) || !SellingPrice.priced(plan.converted())) {
            return Optional.empty();
        }
        Economics money = plan.converted().economics();
        List<CapexItem> items = LineEconomics.items(plan);
        int weeks = Hours.periodsCovering(c.planningYears() * WEEKS_PER_YEAR, 1);
        int n = Math.min(series.size(), Math.min(liquid.replications().size(), converted.replications().size()));
        Result out = new Result(new double[n], new double[n], new double[n], new double[n], new double[n][weeks],
                new double[n], new double[n], weeks);
        for (int r = 0; r < n; r++) {
            ReplicationResult before = liquid.replications().get(r);
            ReplicationResult after = converted.replications().get(r);
            LineMoney old = LineMoney.of(plan.base(), liquid.economics(), before, SellingPrice.perKwh(plan.base(), before));
            LineMoney now = LineMoney.of(plan.converted(), converted.economics(), after,
                    SellingPrice.perKwh(plan.converted(), after));
            CashFlow flow = flows(c, money, items, series.get(r), old, now, weeks, out, r, shortfallWeeks[r]);
            double rate = money.discountRate();
            out.npv()[r] = flow.npv(rate);
            out.irr()[r] = flow.irr();
            out.simplePayback()[r] = flow.simplePayback();
            out.discountedPayback()[r] = flow.discountedPayback(rate);
        }
        return Optional.of(out);
    }

    private static CashFlow flows(Conversion c, Economics money, List<CapexItem> items, ConversionStudy.Weekly s,
                                  LineMoney old, LineMoney now, int weeks, Result out, int r, int shortfallWeeks) {
        double tax = money.taxRate();
        int cutoverWeek = (int) Math.floor(c.cutoverStart() / Hours.PER_WEEK);
        int restartWeek = (int) Math.floor(c.restart() / Hours.PER_WEEK);
        double[] operating = new double[weeks];
        double[] other = new double[weeks]; // capex, salvage, working capital, terminal value: not taxed
        double[] deduction = new double[weeks]; // change in tax depreciation and write-offs
        for (int w = 0; w < weeks; w++) {
            double year = (w + 1) / WEEKS_PER_YEAR;
            boolean simulated = w < s.baselineCells().length;
            double baseKwh = simulated ? s.baselineCells()[w] * old.whPerCell() / 1000 : old.kwhPerYear() / WEEKS_PER_YEAR;
            double drainKwh = simulated ? s.liquidCells()[w] * old.whPerCell() / 1000 : 0;
            double newKwh = simulated ? s.convertedCells()[w] * now.whPerCell() / 1000 : now.kwhPerYear() / WEEKS_PER_YEAR;
            double baseMargin = baseKwh * old.marginPerKwh();
            double convMargin = drainKwh * old.marginPerKwh() + newKwh * now.marginPerKwh();
            if (simulated) {
                out.netLostMargin()[r] += baseMargin - convMargin;
                if (w < shortfallWeeks) {
                    out.shortfallMargin()[r] += Math.max(0, baseMargin - convMargin);
                }
            }
            double fixed = (w < restartWeek ? old.fixedPerYear() : now.fixedPerYear()) - old.fixedPerYear();
            double subsidy = (year <= now.subsidyYears() ? newKwh * now.subsidyPerKwh() : 0)
                    + (year <= old.subsidyYears() ? (drainKwh - baseKwh) * old.subsidyPerKwh() : 0);
            operating[w] = convMargin - baseMargin - fixed / WEEKS_PER_YEAR + subsidy;
        }
        List<double[]> payments = new ArrayList<>(); // {time in years, amount}
        double gross = items.stream().mapToDouble(i -> i.newPurchase().add(i.modificationCost()).doubleValue()).sum();
        for (Conversion.Payment p : c.payments()) {
            payments.add(new double[] {p.at() / Hours.PER_YEAR, -gross * p.share()});
        }
        double terminal = 0;
        for (CapexItem i : items) {
            int life = i.facility() ? money.buildingLife() : money.equipmentLife();
            double spend = i.newPurchase().add(i.modificationCost()).doubleValue();
            if (spend > 0) {
                spread(deduction, restartWeek, spend, life);
                terminal += spend * Math.max(0, 1 - (weeks - restartWeek) / (life * WEEKS_PER_YEAR));
            }
            if (i.fate() == CapexItem.Fate.RETIRED && i.before().signum() > 0) {
                double book = i.bookBefore().doubleValue();
                double remaining = life * book / i.before().doubleValue(); // straight line: book share = life share left
                double salvage = i.salvage().doubleValue();
                other[cutoverWeek] += salvage;
                deduction[cutoverWeek] += book - salvage;
                spread(deduction, cutoverWeek, -book, remaining);
                terminal -= book * Math.max(0, 1 - (weeks - cutoverWeek) / (remaining * WEEKS_PER_YEAR));
            }
        }
        other[cutoverWeek] += old.wipValue();
        other[restartWeek] -= now.wipValue();
        other[weeks - 1] += now.wipValue() - old.wipValue() + terminal;

        List<double[]> flows = new ArrayList<>(payments);
        for (int w = 0; w < weeks; w++) {
            double taxed = tax * (operating[w] - deduction[w]);
            flows.add(new double[] {(w + 1) / WEEKS_PER_YEAR, operating[w] - taxed + other[w]});
        }
        flows.sort((a, b) -> Double.compare(a[0], b[0])); // stable: a payment at a week's end precedes that week's flow
        double[] t = new double[flows.size()];
        double[] v = new double[flows.size()];
        for (int k = 0; k < flows.size(); k++) {
            t[k] = flows.get(k)[0];
            v[k] = flows.get(k)[1];
        }
        double position = 0;
        int k = 0;
        for (int w = 0; w < weeks; w++) {
            while (k < t.length && t[k] <= (w + 1) / WEEKS_PER_YEAR + 1e-12) {
                position += v[k++];
            }
            out.cumulative()[r][w] = position;
        }
        return new CashFlow(t, v);
    }

    /** Straight-line depreciation of {@code amount} over {@code years} from week {@code from}, per week. */
    private static void spread(double[] deduction, int from, double amount, double years) {
        double perWeek = amount / (years * WEEKS_PER_YEAR);
        double left = years * WEEKS_PER_YEAR;
        for (int w = from; w < deduction.length && left > 0; w++) {
            deduction[w] += perWeek * Math.min(1, left);
            left -= 1;
        }
    }
}
