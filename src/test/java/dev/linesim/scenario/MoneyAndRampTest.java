package dev.linesim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.linesim.scenario.retrofit.Ramp;
import org.junit.jupiter.api.Test;
import java.math.BigDecimal;
import java.util.List;

class MoneyAndRampTest {

    @Test
    void moneyParsesExactlyWithMultipliers() {
        assertEquals(0, new BigDecimal("2500000").compareTo(Money.parse("2.5 MUSD").orElseThrow().amount()));
        assertEquals(0, new BigDecimal("400000").compareTo(Money.parse("400 kEUR").orElseThrow().amount()));
        assertEquals(0, new BigDecimal("1200000000").compareTo(Money.parse("1.2 bnCNY").orElseThrow().amount()));
        assertEquals("EUR", Money.parse("39.99 EUR").orElseThrow().currency());
        assertTrue(Money.parse("2.5 M").isEmpty());
        assertEquals("2.5 MUSD", Money.parse("2500 kUSD").orElseThrow().format());
    }

    @Test
    void capexFormsPriceAsDocumented() {
        Capex.DesignRate rate = new Capex.DesignRate(2750, 10);
        assertEquals(0, new BigDecimal("6240000").compareTo(new Capex.PerMachine(Money.parse("2.4 MUSD").orElseThrow(), 0.3)
                .installed(2, rate).stripTrailingZeros()), "2 x 2.4 M x 1.3");
        assertEquals(0, new BigDecimal("4000000").compareTo(new Capex.Lump(Money.parse("4 MUSD").orElseThrow(), 0).installed(7, rate)));
        // BatPaC: 830 M x (2,750 / 27,500)^0.95 = 830 M x 0.1^0.95
        BigDecimal scaled = new Capex.Scaled(Money.parse("830 MUSD").orElseThrow(), 27500, false, 0.95, 0).installed(1, rate);
        assertEquals(830e6 * Math.pow(0.1, 0.95), scaled.doubleValue(), 1e-6);
        BigDecimal byEnergy = new Capex.Scaled(Money.parse("200 MUSD").orElseThrow(), 50, true, 0.9, 0).installed(1, rate);
        assertEquals(200e6 * Math.pow(0.2, 0.9), byEnergy.doubleValue(), 1e-6);
    }

    @Test
    void exponentialRampStartsAtStartAndDecaysWithTau() {
        Ramp r = new Ramp.Exponential(0.20, 100);
        assertEquals(0.20, r.at(0, 0.05), 1e-15);
        assertEquals(0.05 + 0.15 / Math.E, r.at(100, 0.05), 1e-15);
        assertEquals(0.05, r.at(1e6, 0.05), 1e-12);
        assertTrue(r.at(50, 0.05) > r.at(60, 0.05), "monotone decay");
        assertEquals(0.20, r.at(-5, 0.05), 1e-15, "before restart it holds its start");
    }

    @Test
    void tableRampInterpolatesAndHoldsItsLastValue() {
        Ramp t = new Ramp.Table(List.of(new double[] {0, 1.4}, new double[] {100, 1.2}, new double[] {300, 1.0}));
        assertEquals(1.4, t.at(0, 1), 1e-15);
        assertEquals(1.3, t.at(50, 1), 1e-12);
        assertEquals(1.1, t.at(200, 1), 1e-12);
        assertEquals(1.0, t.at(1000, 1), 1e-15);
    }
}
