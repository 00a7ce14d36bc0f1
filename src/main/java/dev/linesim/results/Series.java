package dev.linesim.results;

import dev.linesim.stats.Estimate;
import java.util.List;

/**
 * A quantity over simulated time, one estimate per step, over the whole horizon (warm-up included).
 *
 * @param key        machine name ({@code good_cells_per_day})
 * @param label      name shown to people
 * @param unit       unit of the values
 * @param stepHours  length of one step (24 for days)
 * @param values     the estimate of step 1, 2, ... (step k covers [(k-1) step, k step))
 */
public record Series(String key, String label, String unit, double stepHours, List<Estimate> values) {
    public Series {
        values = List.copyOf(values);
    }
}
