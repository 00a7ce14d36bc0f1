package dev.linesim.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class EstimateTest {

    @Test
    void studentIntervalMatchesAHandComputation() {
        // mean 3, sample sd sqrt(2.5), t(0.975, 4) = 2.776445
        Estimate e = Estimate.of(new double[] {1, 2, 3, 4, 5});
        assertEquals(3.0, e.mean(), 1e-12);
        assertEquals(2.776445 * Math.sqrt(2.5) / Math.sqrt(5), e.halfWidth(), 1e-5);
        assertEquals(5, e.n());
    }

    @Test
    void undefinedObservationsAreLeftOutAndOneObservationHasNoInterval() {
        Estimate e = Estimate.of(new double[] {Double.NaN, 4});
        assertEquals(4.0, e.mean());
        assertTrue(Double.isNaN(e.halfWidth()));
        assertEquals(0, Estimate.of(new double[] {Double.NaN}).n());
    }
}
