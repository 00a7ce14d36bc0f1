package dev.linesim.economics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** NPV, IRR and paybacks of small cash-flow tables, against closed forms and hand arithmetic. */
class CashFlowTest {
    private static CashFlow flows(double... yearAmountPairs) {
        double[] t = new double[yearAmountPairs.length / 2];
        double[] v = new double[t.length];
        for (int i = 0; i < t.length; i++) {
            t[i] = yearAmountPairs[2 * i];
            v[i] = yearAmountPairs[2 * i + 1];
        }
        return new CashFlow(t, v);
    }

    @Test
    void oneYearProjectEarnsItsReturnExactly() {
        CashFlow f = flows(0, -100, 1, 110);
        assertEquals(0.10, f.irr(), 1e-10);
        assertEquals(0.0, f.npv(0.10), 1e-9);
        assertEquals(110 / 1.05 - 100, f.npv(0.05), 1e-9);
    }

    @Test
    void twoYearAnnuityHasTheClosedFormIrrAndTheHandPaybacks() {
        CashFlow f = flows(0, -100, 1, 60, 2, 60);
        // 60x + 60x^2 = 100 with x = 1/(1+r): x = (-60 + sqrt(3600 + 24000)) / 120
        double x = (-60 + Math.sqrt(27_600)) / 120;
        assertEquals(1 / x - 1, f.irr(), 1e-10); // 13.0662 %
        // NPV at 8 %: -100 + 60/1.08 + 60/1.08^2 = 6.99588...
        assertEquals(-100 + 60 / 1.08 + 60 / (1.08 * 1.08), f.npv(0.08), 1e-9);
        // undiscounted: -40 after year 1, the second 60 brings it back 40/60 of the way through year 2
        assertEquals(1 + 40.0 / 60, f.simplePayback(), 1e-12);
        // at 10 %: -100 + 54.5454 = -45.4545 after year 1; year 2 brings 49.5868: 1 + (500/11)/(6000/121) = 1 + 11/12
        assertEquals(1 + 11.0 / 12, f.discountedPayback(0.10), 1e-12);
    }

    @Test
    void paybackCountsFromTheFirstOutlayNotFromTheStart() {
        CashFlow f = flows(0, 0, 1, -100, 2, 60, 3, 60);
        assertEquals(1.0, f.firstOutlay());
        assertEquals(1 + 40.0 / 60, f.simplePayback(), 1e-12);
    }

    @Test
    void aProjectThatNeverPaysBackHasNoIrrAndNoPayback() {
        CashFlow f = flows(0, -100, 1, 30, 2, 30);
        assertTrue(Double.isNaN(f.simplePayback()));
        assertTrue(Double.isNaN(f.discountedPayback(0.08)));
        double x = (-30 + Math.sqrt(900 + 12_000)) / 60; // 30x + 30x^2 = 100
        assertEquals(1 / x - 1, f.irr(), 1e-10, "a negative return (-28.2 %) is still a rate");
        CashFlow never = flows(0, -100, 1, -10);
        assertTrue(Double.isNaN(never.irr()), "no sign change, no rate makes the NPV zero");
    }
}
