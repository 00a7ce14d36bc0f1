package dev.linesim.results;

/**
 * How a KPI is shown in tables and reports. Values are stored in their own unit; a format only chooses
 * decimals and scaling for display.
 */
public enum Format {
    /** Whole numbers with thousands separators (cells, positions). */
    INTEGER(0, 1, ""),
    /** One decimal at least (rates). */
    DECIMAL_1(1, 1, ""),
    /** Two decimals at least (money per kWh, days). */
    DECIMAL_2(2, 1, ""),
    /** Three decimals at least (GWh/yr). */
    DECIMAL_3(3, 1, ""),
    /** A fraction shown as a percentage. */
    PERCENT(1, 100, "%"),
    /** Shown in millions with an M suffix. */
    MILLIONS(3, 1e-6, " M");

    /** Decimals shown at least (more when the half-width needs them). */
    public final int decimals;
    /** Factor from the stored value to the shown value. */
    public final double scale;
    /** Text after the shown value. */
    public final String suffix;

    Format(int decimals, double scale, String suffix) {
        this.decimals = decimals;
        this.scale = scale;
        this.suffix = suffix;
    }
}
