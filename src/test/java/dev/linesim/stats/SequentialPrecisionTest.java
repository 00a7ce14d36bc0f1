package dev.linesim.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.apache.commons.math3.distribution.TDistribution;
import org.junit.jupiter.api.Test;

/** The sequential procedure stops at the first count whose relative half-width meets gamma / (1 + gamma). */
class SequentialPrecisionTest {
    @Test
    void stopsWhereTheKnownVarianceSaysItShould() {
        // values alternate 100 - s and 100 + s: with an even count the mean is 100 and the standard deviation is
        // s * sqrt(n / (n - 1)), so the relative half-width is t(n-1) * s / sqrt(n - 1) / 100
        double s = 5;
        double[] values = new double[200];
        for (int i = 0; i < values.length; i++) {
            values[i] = i % 2 == 0 ? 100 - s : 100 + s;
        }
        double gamma = 0.01;
        int expected = -1;
        for (int n = 6; n <= 200; n += 2) {
            double t = new TDistribution(null, n - 1).inverseCumulativeProbability(0.975);
            if (t * s / Math.sqrt(n - 1) / 100 <= gamma / (1 + gamma)) {
                expected = n;
                break;
            }
        }
        assertTrue(expected > 0);
        int stop = SequentialPrecision.stop(values, values.length, 5, gamma);
        assertEquals(expected, stop, "first even count meeting the target (odd counts have a mean off 100 and a larger spread)");
        assertTrue(SequentialPrecision.relativeHalfWidth(values, stop) <= SequentialPrecision.adjusted(gamma));
        assertTrue(SequentialPrecision.relativeHalfWidth(values, stop - 2) > SequentialPrecision.adjusted(gamma));
    }

    @Test
    void noStopWhenTheTargetIsOutOfReach() {
        double[] values = new double[20];
        Random r = new Random(3);
        for (int i = 0; i < values.length; i++) {
            values[i] = 1 + r.nextGaussian();
        }
        assertEquals(-1, SequentialPrecision.stop(values, values.length, 5, 0.001));
    }

    @Test
    void identicalValuesMeetAnyTargetAtOnce() {
        assertEquals(5, SequentialPrecision.stop(new double[] {3, 3, 3, 3, 3, 3}, 6, 5, 0.01));
    }
}
