package dev.linesim.results;

import dev.linesim.stats.Estimate;
import java.util.List;

/**
 * A conversion simulated week by week against staying liquid, as written to {@code conversion.json}.
 * Weekly series are in MWh of each line's own cells, one estimate per week of the timeline.
 *
 * @param format            version of the layout
 * @param provenance        version, inputs, creation time
 * @param plan              plan name
 * @param base              name of the line converted
 * @param replications      replications of the timeline
 * @param weeks             weeks in the timeline
 * @param cutoverStartWeek  week (from the planning date, fractional) at which the liquid line stops feeding
 * @param restartWeek       week at which the converted line starts
 * @param stayingLiquid     the liquid line as it is (baseline)
 * @param draining          the liquid line with the plan's outages, draining after cutover
 * @param convertedLine     the converted line, from its restart, with ramp-up
 * @param converting        draining + converted line: the plant's output while converting
 * @param difference        converting minus staying liquid, paired by replication
 * @param lostMwh           sum of shortfalls: weekly output below the baseline's, through the crossover week
 * @param lostCells         the same in cells
 * @param netLostMwh        net lost output: cumulative baseline minus cumulative converting output over the timeline
 * @param netLostCells      the same in cells
 * @param crossoverWeek     week at whose end the converted line's last four weeks first out-produce the baseline's
 * @param crossed           replications in which that happens within the horizon
 * @param decision          the decision's cash flows, incremental to staying liquid; null without prices
 * @param liquid            steady-state results of the liquid line
 * @param converted         steady-state results of the converted line (with the retrofit's capex)
 */
public record ConversionResults(int format, Provenance provenance, String plan, String base, int replications, int weeks,
                                double cutoverStartWeek, double restartWeek, List<Estimate> stayingLiquid,
                                List<Estimate> draining, List<Estimate> convertedLine, List<Estimate> converting,
                                List<Estimate> difference, Estimate lostMwh, Estimate lostCells, Estimate netLostMwh,
                                Estimate netLostCells, Estimate crossoverWeek, int crossed, Decision decision,
                                RunResults liquid, RunResults converted) {
    public ConversionResults {
        stayingLiquid = List.copyOf(stayingLiquid);
        draining = List.copyOf(draining);
        convertedLine = List.copyOf(convertedLine);
        converting = List.copyOf(converting);
        difference = List.copyOf(difference);
    }

    /**
     * The conversion as an investment, incremental to staying liquid, from the planning date over the planning
     * horizon (README, "Cash flows of the conversion"). Money in millions of {@code currency}.
     *
     * @param basis             what the output over time comes from: the simulated timeline, or both lines' steady states
     * @param currency          currency
     * @param planningYears     years of cash flows
     * @param discountRate      annual discount rate
     * @param taxRate           tax rate on the change in profit
     * @param npvMillions       net present value
     * @param irr               internal rate of return, per year (over the replications where it exists)
     * @param simplePaybackYears     years from the first outlay until the cumulative position is back to zero
     * @param discountedPaybackYears the same, discounted (over the replications that pay back)
     * @param paidBack          replications that pay back (undiscounted) within the horizon
     * @param replications      replications
     * @param netLostMarginMillions   margin of the net lost output, each product at its own margin
     * @param shortfallMarginMillions margin of the weekly shortfalls through the crossover week
     * @param payments          when the retrofit's capex is paid
     * @param cumulativeMillions cumulative undiscounted cash position at the end of each week
     */
    public record Decision(String basis, String currency, int planningYears, double discountRate, double taxRate, Estimate npvMillions,
                           Estimate irr, Estimate simplePaybackYears, Estimate discountedPaybackYears, int paidBack,
                           int replications, Estimate netLostMarginMillions, Estimate shortfallMarginMillions,
                           List<Payment> payments, List<Estimate> cumulativeMillions) {
        public Decision {
            payments = List.copyOf(payments);
            cumulativeMillions = List.copyOf(cumulativeMillions);
        }
    }

    /**
     * A share of the retrofit's capex and when it is paid.
     *
     * @param label label
     * @param share share of the gross retrofit capex
     * @param week  weeks from the planning date
     */
    public record Payment(String label, double share, double week) {
    }
}
