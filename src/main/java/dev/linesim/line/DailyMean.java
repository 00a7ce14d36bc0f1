package dev.linesim.line;

/**
 * The time-weighted mean of a piecewise-constant level in each bin of simulated time (a day, or a few hours) of a
 * run, kept by integrating the level between its changes. Unlike a warm-up-reset statistic it covers the whole
 * horizon, so a chart can show the initial transient and a detector can find its end.
 */
final class DailyMean {
    private final double bin;
    private final double[] area;
    private double value;
    private double since;
    /** The bin {@code since} lies in, and its end (h), as last found; the end is -1 before the first change. */
    private int current;
    private double currentEnd = -1;

    /** @param bins how many bins of {@code binHours} hours to keep */
    DailyMean(int bins, double binHours) {
        area = new double[bins];
        bin = binHours;
    }

    /** The level becomes {@code newValue} at simulated time {@code now} (hours). */
    void set(double now, double newValue) {
        integrateTo(now);
        value = newValue;
    }

    /**
     * Mean level over each run of {@code group} consecutive bins (1 for the bins themselves, 6 four-hour bins for a
     * day), integrated up to {@code end} (hours); a group is averaged over its time before {@code end}, and a group
     * wholly after {@code end} is NaN.
     */
    double[] means(double end, int group) {
        integrateTo(end);
        double[] means = new double[(area.length + group - 1) / group];
        for (int g = 0; g < means.length; g++) {
            double sum = 0;
            for (int b = g * group; b < Math.min(area.length, (g + 1) * group); b++) {
                sum += area[b];
            }
            double covered = Math.min(group * bin, end - g * group * bin);
            means[g] = covered > 0 ? sum / covered : Double.NaN;
        }
        return means;
    }

    private void integrateTo(double now) {
        if (now <= currentEnd) { // the common case, a change within the current bin: no division
            area[current] += value * (now - since);
            since = now;
            return;
        }
        while (since < now) {
            int day = (int) (since / bin);
            if (day >= area.length) {
                since = now;
                return;
            }
            double until = Math.min(now, (day + 1) * bin);
            area[day] += value * (until - since);
            since = until;
            current = day;
            currentEnd = (day + 1) * bin;
        }
    }
}
