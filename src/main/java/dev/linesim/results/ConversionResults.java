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
 * @param lostMwh           output lost: weekly shortfalls against the baseline, through the crossover week
 * @param lostCells         the same in cells
 * @param crossoverWeek     week at whose end the converted line's last four weeks first out-produce the baseline's
 * @param crossed           replications in which that happens within the horizon
 * @param paybackYears      (net retrofit capex + margin of lost output) / annual margin gain; null without prices
 * @param liquid            steady-state results of the liquid line
 * @param converted         steady-state results of the converted line (with the retrofit's capex)
 */
public record ConversionResults(int format, Provenance provenance, String plan, String base, int replications, int weeks,
                                double cutoverStartWeek, double restartWeek, List<Estimate> stayingLiquid,
                                List<Estimate> draining, List<Estimate> convertedLine, List<Estimate> converting,
                                List<Estimate> difference, Estimate lostMwh, Estimate lostCells, Estimate crossoverWeek,
                                int crossed, Estimate paybackYears, RunResults liquid, RunResults converted) {
    public ConversionResults {
        stayingLiquid = List.copyOf(stayingLiquid);
        draining = List.copyOf(draining);
        convertedLine = List.copyOf(convertedLine);
        converting = List.copyOf(converting);
        difference = List.copyOf(difference);
    }
}
