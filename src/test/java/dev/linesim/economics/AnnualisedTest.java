package dev.linesim.economics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;

class AnnualisedTest {

    @Test
    void capitalRecoveryFactorMatchesTheTextbook() {
        // 0.08 x 1.08^10 / (1.08^10 - 1) = 0.14902948869...
        assertEquals(new BigDecimal("0.1490294887"),
                Annualised.capitalRecoveryFactor(new BigDecimal("0.08"), 10).setScale(10, RoundingMode.HALF_EVEN));
        // zero rate: straight line
        assertEquals(0, new BigDecimal("0.05").compareTo(Annualised.capitalRecoveryFactor(BigDecimal.ZERO, 20)));
        // one year: repay capital plus one year's interest
        assertEquals(0, new BigDecimal("1.08").compareTo(Annualised.capitalRecoveryFactor(new BigDecimal("0.08"), 1)));
    }

    @Test
    void capitalChargeAndCostPerKwhToTheCent() {
        // 100 M equipment over 10 y and 50 M building over 20 y at 8 %:
        // 100,000,000 x 0.149029488697 + 50,000,000 x 0.101852208823 = 14,902,948.87 + 5,092,610.44
        BigDecimal charge = Annualised.capitalCharge(new BigDecimal("100000000"), 10, new BigDecimal("50000000"), 20,
                new BigDecimal("0.08"));
        assertEquals(new BigDecimal("19995559.31"), charge.setScale(2, RoundingMode.HALF_EVEN));
        // (19,995,559.31 + 10,000,000 opex + 40 x 1,000,000 cells) / 800,000 kWh = 87.49 per kWh
        BigDecimal cost = Annualised.costPerKwh(charge, new BigDecimal("10000000"), new BigDecimal("40"), 1_000_000, 800_000);
        assertEquals(new BigDecimal("87.49"), cost.setScale(2, RoundingMode.HALF_EVEN));
    }

    @Test
    void paybackIsInvestmentOverGain() {
        assertEquals(2.5, Annualised.paybackYears(new BigDecimal("25000000"), new BigDecimal("10000000")), 1e-12);
        assertTrue(Double.isNaN(Annualised.paybackYears(new BigDecimal("1"), BigDecimal.ZERO)));
    }
}
