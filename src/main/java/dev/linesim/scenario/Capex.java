package dev.linesim.scenario;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * The installed cost of a station's equipment, in one of three forms. Each form knows how to price the
 * station as specified: installed = price x (1 + installation factor).
 */
public sealed interface Capex {

    /** Installation factor: installed cost = price x (1 + installation). */
    double installation();

    /** Equipment price before installation, for a station of {@code machines} at {@code designRate}. */
    BigDecimal price(int machines, DesignRate designRate);

    /** Years the equipment has been in service at the planning date (0: new). */
    default double age() {
        return 0;
    }

    /** Installed cost of the station. */
    default BigDecimal installed(int machines, DesignRate designRate) {
        return price(machines, designRate).multiply(BigDecimal.ONE.add(BigDecimal.valueOf(installation())), MathContext.DECIMAL128);
    }

    /** A station's design rate, in the unit the base rate is written in. */
    record DesignRate(double cellsPerHour, double gwhPerYear) {
    }

    /** A price per machine (or position). */
    record PerMachine(Money machinePrice, double installation) implements Capex {
        public BigDecimal price(int machines, DesignRate rate) {
            return machinePrice.amount().multiply(BigDecimal.valueOf(machines));
        }
    }

    /** A price for the whole station. */
    record Lump(Money cost, double installation) implements Capex {
        public BigDecimal price(int machines, DesignRate rate) {
            return cost.amount();
        }
    }

    /**
     * BatPaC's power law: base cost at a base rate, scaled as (rate / baseRate)^exponent.
     *
     * @param baseRate       the rate at which baseCost applies
     * @param baseRateInGwh  whether baseRate is in GWh/yr (else cells/h)
     */
    record Scaled(Money baseCost, double baseRate, boolean baseRateInGwh, double exponent, double installation) implements Capex {
        public BigDecimal price(int machines, DesignRate rate) {
            double ratio = (baseRateInGwh ? rate.gwhPerYear() : rate.cellsPerHour()) / baseRate;
            return baseCost.amount().multiply(BigDecimal.valueOf(Math.pow(ratio, exponent)), MathContext.DECIMAL128);
        }
    }

    /**
     * Equipment priced as {@code inner} that has been in service for {@code age} years: it is carried at its book
     * value, the installed value less straight-line depreciation over the equipment life.
     */
    record Aged(Capex inner, double age) implements Capex {
        public double installation() {
            return inner.installation();
        }

        public BigDecimal price(int machines, DesignRate rate) {
            return inner.price(machines, rate);
        }
    }

    /** The share of its installed value that equipment of {@code age} years keeps on the books over {@code life} years. */
    static BigDecimal bookShare(double age, int life) {
        return BigDecimal.valueOf(Math.max(0, 1 - age / life));
    }
}
