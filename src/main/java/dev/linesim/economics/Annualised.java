package dev.linesim.economics;

import java.math.BigDecimal;
import java.math.MathContext;

/** Annualising capital with the capital recovery factor, and cost per kWh of output. */
public final class Annualised {
    private static final MathContext MC = MathContext.DECIMAL128;

    private Annualised() {
    }

    /**
     * Capital recovery factor r(1+r)^n / ((1+r)^n - 1): the constant annual payment that repays one unit of
     * capital over {@code years} at discount rate {@code rate}; 1/n when the rate is zero.
     */
    public static BigDecimal capitalRecoveryFactor(BigDecimal rate, int years) {
        if (years < 1) {
            throw new IllegalArgumentException("years must be at least 1, was " + years);
        }
        if (rate.signum() == 0) {
            return BigDecimal.ONE.divide(BigDecimal.valueOf(years), MC);
        }
        BigDecimal growth = BigDecimal.ONE.add(rate).pow(years, MC);
        return rate.multiply(growth, MC).divide(growth.subtract(BigDecimal.ONE), MC);
    }

    /** Annual capital charge of equipment and facility, each over its own life. */
    public static BigDecimal capitalCharge(BigDecimal equipment, int equipmentLife, BigDecimal facility, int facilityLife,
                                           BigDecimal rate) {
        return equipment.multiply(capitalRecoveryFactor(rate, equipmentLife), MC)
                .add(facility.multiply(capitalRecoveryFactor(rate, facilityLife), MC));
    }

    /**
     * Cost per kWh of good output: (annual capital charge + fixed opex + material per started cell x cells
     * started) / kWh per year.
     */
    public static BigDecimal costPerKwh(BigDecimal capitalCharge, BigDecimal fixedOpex, BigDecimal materialPerCell,
                                        double cellsStartedPerYear, double kwhPerYear) {
        BigDecimal annual = capitalCharge.add(fixedOpex)
                .add(materialPerCell.multiply(BigDecimal.valueOf(cellsStartedPerYear), MC));
        return annual.divide(BigDecimal.valueOf(kwhPerYear), MC);
    }

    /** Simple payback in years: investment / annual gain; NaN when the gain is not positive. */
    public static double paybackYears(BigDecimal investment, BigDecimal annualGain) {
        return annualGain.signum() <= 0 ? Double.NaN : investment.divide(annualGain, MC).doubleValue();
    }
}
