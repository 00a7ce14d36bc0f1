package dev.linesim.scenario.retrofit;

import java.util.List;

/**
 * A quantity that moves from a start value toward its target after a restart: exponentially,
 * target + (start - target) exp(-t / tau), or along a table of (hours since restart, value) points,
 * linear between points and constant after the last.
 */
public sealed interface Ramp {

    /** The value {@code hours} after restart, given the steady-state target. */
    double at(double hours, double target);

    /** Exponential approach from {@code start} to the target with time constant {@code tau} hours. */
    record Exponential(double start, double tau) implements Ramp {
        public double at(double hours, double target) {
            return target + (start - target) * Math.exp(-Math.max(0, hours) / tau);
        }
    }

    /** Piecewise-linear table; {@code points} hold [hours, value] in increasing hours. */
    record Table(List<double[]> points) implements Ramp {
        public Table {
            points = List.copyOf(points);
        }

        public double at(double hours, double target) {
            double[] first = points.get(0);
            if (hours <= first[0]) {
                return first[1];
            }
            for (int i = 1; i < points.size(); i++) {
                double[] a = points.get(i - 1);
                double[] b = points.get(i);
                if (hours <= b[0]) {
                    return a[1] + (b[1] - a[1]) * (hours - a[0]) / (b[0] - a[0]);
                }
            }
            return points.get(points.size() - 1)[1];
        }
    }
}
