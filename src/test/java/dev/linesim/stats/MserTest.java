package dev.linesim.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** MSER-5 finds the end of a known transient, and says when a series never settles. */
class MserTest {
    @Test
    void aSteadySeriesNeedsNoTruncation() {
        Mser.Truncation t = Mser.truncation(java.util.stream.DoubleStream.generate(() -> 7).limit(100).toArray());
        assertEquals(0, t.observations());
        assertTrue(t.settled());
        double[] y = new double[200];
        Random r = new Random(1);
        for (int i = 0; i < y.length; i++) {
            y[i] = 100 + r.nextGaussian();
        }
        assertTrue(Mser.truncation(y).settled(), "noise alone is not a transient that outlasts the series");
    }

    @Test
    void aLineFillingForFortyObservationsIsTruncatedThere() {
        double[] y = new double[200];
        Random r = new Random(2);
        for (int i = 0; i < y.length; i++) {
            y[i] = (i < 40 ? 100.0 * i / 40 : 100) + r.nextGaussian();
        }
        Mser.Truncation t = Mser.truncation(y);
        assertTrue(t.observations() >= 35 && t.observations() <= 45, "truncated at " + t.observations());
        assertTrue(t.settled());
    }

    @Test
    void aSeriesThatKeepsGrowingHasNotSettled() {
        double[] y = new double[200];
        for (int i = 0; i < y.length; i++) {
            y[i] = i;
        }
        Mser.Truncation t = Mser.truncation(y);
        assertEquals(100, t.observations(), "the limit: half the series");
        assertFalse(t.settled());
    }

    @Test
    void tooShortASeriesCannotBeJudged() {
        assertFalse(Mser.truncation(new double[15]).settled());
    }
}
