package dev.linesim.report;

import dev.linesim.results.Format;
import dev.linesim.results.KpiEstimate;
import dev.linesim.stats.Estimate;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

/** How numbers are shown in tables, charts and reports: thousands separators, enough decimals for the CI. */
public final class Numbers {
    private Numbers() {
    }

    /** A KPI as its format shows it: mean ± half-width, scaled, with its suffix. */
    public static String kpi(KpiEstimate k) {
        return show(k.estimate(), k.kpi().format());
    }

    /** An estimate in a format. */
    public static String show(Estimate e, Format f) {
        if (f == Format.PERCENT) {
            return percent(e);
        }
        String s = number(e.times(f.scale), f.decimals);
        return s.equals("n/a") ? s : s + f.suffix;
    }

    /** An estimate's mean alone in a format. */
    public static String mean(double v, Format f) {
        if (Double.isNaN(v)) {
            return "n/a";
        }
        if (f == Format.PERCENT) {
            return String.format(Locale.ROOT, "%.1f%%", 100 * v);
        }
        return String.format(Locale.ROOT, "%,." + f.decimals + "f", v * f.scale) + f.suffix;
    }

    /**
     * Mean ± half-width, with enough decimals to show the half-width to two significant digits
     * (at least {@code minDecimals}, at most 6).
     */
    public static String number(Estimate e, int minDecimals) {
        if (Double.isNaN(e.mean())) {
            return "n/a";
        }
        int decimals = minDecimals;
        if (e.halfWidth() <= 1e-9 * Math.max(1, Math.abs(e.mean()))) {
            return String.format(Locale.ROOT, "%,." + minDecimals + "f", e.mean()); // the same in every replication
        }
        if (e.halfWidth() > 0) {
            decimals = Math.max(minDecimals, Math.min(6, 1 - (int) Math.floor(Math.log10(e.halfWidth()))));
        }
        String f = "%,." + decimals + "f";
        String mean = String.format(Locale.ROOT, f, e.mean());
        return Double.isNaN(e.halfWidth()) ? mean : mean + " ± " + String.format(Locale.ROOT, f, e.halfWidth());
    }

    /** A fraction as a percentage with one decimal, ± the half-width in points. */
    public static String percent(Estimate e) {
        if (Double.isNaN(e.mean())) {
            return "n/a";
        }
        String mean = String.format(Locale.ROOT, "%.1f%%", 100 * e.mean());
        return Double.isNaN(e.halfWidth()) || e.halfWidth() == 0 ? mean
                : mean + " ± " + String.format(Locale.ROOT, "%.1f", 100 * e.halfWidth());
    }

    /** A fraction as a percentage with one decimal. */
    public static String percent(double fraction) {
        return Double.isNaN(fraction) ? "n/a" : String.format(Locale.ROOT, "%.1f %%", 100 * fraction);
    }

    /** An amount in millions with two decimals: {@code 121.60 MUSD}. */
    public static String millions(BigDecimal amount, String currency) {
        return String.format(Locale.ROOT, "%,.2f M%s", amount.movePointLeft(6).setScale(2, RoundingMode.HALF_EVEN), currency);
    }

    /** A number for CSV: every digit Java keeps (it reads back to the same double), no exponent, empty when undefined. */
    public static String csv(double v) {
        return Double.isFinite(v) ? new BigDecimal(Double.toString(v)).stripTrailingZeros().toPlainString() : "";
    }

    /** A text field for CSV, quoted when it holds a comma, quote or line break. */
    public static String csv(String s) {
        if (s == null) {
            return "";
        }
        return s.matches("(?s).*[,\"\\n\\r].*") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }
}
