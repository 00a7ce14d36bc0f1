package dev.linesim.economics;

import java.util.Arrays;
import org.apache.commons.math3.analysis.solvers.BrentSolver;

/**
 * A stream of dated cash flows and the standard measures of it: NPV, IRR, and simple and discounted payback
 * counted from the first outlay. Amounts are in one currency; times are in years from the planning date, each
 * flow falling at the end of its period.
 *
 * @param years   time of each flow, years, non-decreasing
 * @param amounts amount of each flow (negative: outlay)
 */
public record CashFlow(double[] years, double[] amounts) {
    private static final double IRR_LOW = -0.99;
    private static final double IRR_HIGH = 100;

    public CashFlow {
        if (years.length != amounts.length) {
            throw new IllegalArgumentException("times and amounts differ in length");
        }
    }

    /** Net present value at an annual discount rate: sum of amount / (1 + rate)^years. */
    public double npv(double rate) {
        double v = 0;
        for (int i = 0; i < amounts.length; i++) {
            v += amounts[i] / Math.pow(1 + rate, years[i]);
        }
        return v;
    }

    /**
     * Internal rate of return: the annual rate at which the NPV is zero, found by Brent's method between -99 % and
     * 10,000 %; NaN when the NPV does not change sign there (a project that never pays back, or never costs).
     */
    public double irr() {
        double low = npv(IRR_LOW);
        double high = npv(IRR_HIGH);
        if (Double.isNaN(low) || Double.isNaN(high) || Math.signum(low) == Math.signum(high)) {
            return Double.NaN;
        }
        return new BrentSolver(1e-12, 1e-10).solve(10_000, this::npv, IRR_LOW, IRR_HIGH);
    }

    /** Time of the first outlay, years; NaN when nothing is spent. */
    public double firstOutlay() {
        for (int i = 0; i < amounts.length; i++) {
            if (amounts[i] < 0) {
                return years[i];
            }
        }
        return Double.NaN;
    }

    /** Years from the first outlay until the undiscounted cumulative cash position is back to zero; NaN if never. */
    public double simplePayback() {
        return payback(0);
    }

    /** Years from the first outlay until the cumulative cash position discounted at {@code rate} is back to zero. */
    public double discountedPayback(double rate) {
        return payback(rate);
    }

    /**
     * The first time the cumulative (discounted) position, having gone negative, returns to zero, interpolated
     * linearly within the period whose flow brings it back (a period's flow accrues over the period).
     */
    private double payback(double rate) {
        double start = firstOutlay();
        if (Double.isNaN(start)) {
            return Double.NaN;
        }
        double cumulative = 0;
        double previousTime = 0;
        boolean spent = false;
        for (int i = 0; i < amounts.length; i++) {
            double flow = amounts[i] / Math.pow(1 + rate, years[i]);
            double before = cumulative;
            cumulative += flow;
            spent |= cumulative < 0;
            if (spent && before < 0 && cumulative >= 0) {
                double periodStart = i == 0 ? years[i] : Math.max(previousTime, start);
                return periodStart + (-before / flow) * (years[i] - periodStart) - start;
            }
            previousTime = years[i];
        }
        return Double.NaN;
    }

    /** Cumulative undiscounted position after each flow. */
    public double[] cumulative() {
        double[] c = new double[amounts.length];
        double sum = 0;
        for (int i = 0; i < amounts.length; i++) {
            sum += amounts[i];
            c[i] = sum;
        }
        return c;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CashFlow c && Arrays.equals(years, c.years) && Arrays.equals(amounts, c.amounts);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(years) + Arrays.hashCode(amounts);
    }

    @Override
    public String toString() {
        return "CashFlow" + Arrays.toString(amounts);
    }
}
