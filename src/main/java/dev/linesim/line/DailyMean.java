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

    /** Mean level per bin, integrated up to {@code end} (hours); bins after {@code end} are NaN. */
    double[] means(double end) {
        integrateTo(end);
        double[] means = new double[area.length];
        for (int d = 0; d < area.length; d++) {
            double covered = Math.min(bin, end - d * bin);
            means[d] = covered > 0 ? area[d] / covered : Double.NaN;
        }
        return means;
    }

    private void integrateTo(double now) {
        while (since < now) {
            int day = (int) (since / bin);
            if (day >= area.length) {
                since = now;
                return;
            }
            double until = Math.min(now, (day + 1) * bin);
            area[day] += value * (until - since);
            since = until;
        }
    }
}
