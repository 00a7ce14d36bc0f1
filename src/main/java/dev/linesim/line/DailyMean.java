package dev.linesim.line;

/**
 * The time-weighted mean of a piecewise-constant level in each simulated day (24 h) of a run, kept by
 * integrating the level between its changes. Unlike a warm-up-reset statistic it covers the whole horizon,
 * so a chart can show the initial transient.
 */
final class DailyMean {
    private static final double DAY = 24.0;
    private final double[] area;
    private double value;
    private double since;

    DailyMean(int days) {
        area = new double[days];
    }

    /** The level becomes {@code newValue} at simulated time {@code now} (hours). */
    void set(double now, double newValue) {
        integrateTo(now);
        value = newValue;
    }

    /** Mean level per day, integrated up to {@code end} (hours); days after {@code end} are NaN. */
    double[] means(double end) {
        integrateTo(end);
        double[] means = new double[area.length];
        for (int d = 0; d < area.length; d++) {
            double covered = Math.min(DAY, end - d * DAY);
            means[d] = covered > 0 ? area[d] / covered : Double.NaN;
        }
        return means;
    }

    private void integrateTo(double now) {
        while (since < now) {
            int day = (int) (since / DAY);
            if (day >= area.length) {
                since = now;
                return;
            }
            double until = Math.min(now, (day + 1) * DAY);
            area[day] += value * (until - since);
            since = until;
        }
    }
}
