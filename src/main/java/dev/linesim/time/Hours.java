package dev.linesim.time;

/**
 * Simulated time is kept in hours (as a double) everywhere: these are its calendar units, and the one tolerance for
 * deciding that two times, or a time and a whole number of periods, are the same.
 */
public final class Hours {
    public static final double PER_DAY = 24;
    public static final double PER_WEEK = 168;
    /** A mean calendar year, for annual rates and the longest duration a scenario may give. */
    public static final double PER_YEAR = 365.25 * PER_DAY;
    /**
     * Times closer than this (hours, about 3.6 µs) are the same instant; also the slack when counting whole periods,
     * so that 336 h is exactly 2 weeks despite rounding. Far below any process step, far above the rounding of a sum of
     * hours over a century (about 2e-10 h).
     */
    public static final double SAME_INSTANT = 1e-9;

    private Hours() {
    }

    /** Periods of {@code period} hours needed to cover {@code hours}: 337 h needs 3 weeks, 336 h needs 2. */
    public static int periodsCovering(double hours, double period) {
        return (int) Math.ceil(hours / period - SAME_INSTANT);
    }

    /** Whole periods of {@code period} hours in {@code hours}: 335.9 h holds 1 week, 336 h holds 2. */
    public static int wholePeriods(double hours, double period) {
        return (int) Math.floor(hours / period + SAME_INSTANT);
    }

    /** {@code hours} rounded up to whole days, in hours. */
    public static double upToWholeDays(double hours) {
        return PER_DAY * Math.ceil(hours / PER_DAY - SAME_INSTANT);
    }

    /** Whether {@code a} is at or after {@code b}, within the same-instant tolerance. */
    public static boolean atOrAfter(double a, double b) {
        return a >= b - SAME_INSTANT;
    }
}
