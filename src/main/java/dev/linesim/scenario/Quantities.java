package dev.linesim.scenario;

import dev.linesim.time.Hours;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses quantities written with their unit ({@code "90 s"}, {@code "280 Ah"}) into internal units:
 * durations in hours, charge in ampere-hours, voltage in volts, specific energy in Wh/kg, mass in kg.
 * The regular expressions here are mirrored by the patterns of the JSON Schema.
 */
public final class Quantities {
    private static final String NUMBER = "([0-9]+(?:\\.[0-9]+)?(?:[eE][-+]?[0-9]+)?)";
    private static final Pattern DURATION = Pattern.compile("^\\s*" + NUMBER + "\\s*(s|min|h|d|wk)\\s*$");
    private static final Map<String, Double> HOURS_PER = Map.of(
            "s", 1.0 / 3600, "min", 1.0 / 60, "h", 1.0, "d", Hours.PER_DAY, "wk", Hours.PER_WEEK);

    /** Written forms accepted for a duration; used in messages. */
    public static final String DURATION_FORMS = "a duration such as \"90 s\", \"30 min\", \"4 h\", \"14 d\" or \"2 wk\"";

    private Quantities() {
    }

    /** Hours in a duration such as {@code "4 h"}, or empty when the text is not a duration. */
    /** The longest duration a scenario may give (100 years of 365.25 days), hours. */
    /** Hours in a calendar year (365.25 days), for dating cash flows. */
    public static final double MAX_HOURS = 100 * Hours.PER_YEAR;

    public static OptionalDouble hours(String text) {
        Matcher m = DURATION.matcher(text);
        if (!m.matches()) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(Double.parseDouble(m.group(1)) * HOURS_PER.get(m.group(2)));
    }

    /** A value with exactly the given unit, e.g. {@code number("3.2 V", "V")}. */
    public static OptionalDouble number(String text, String unit) {
        Matcher m = Pattern.compile("^\\s*" + NUMBER + "\\s*" + Pattern.quote(unit) + "\\s*$").matcher(text);
        return m.matches() ? OptionalDouble.of(Double.parseDouble(m.group(1))) : OptionalDouble.empty();
    }

    /** Mass in kg from {@code "5.4 kg"} or {@code "5400 g"}. */
    public static OptionalDouble kilograms(String text) {
        OptionalDouble kg = number(text, "kg");
        if (kg.isPresent()) {
            return kg;
        }
        OptionalDouble g = number(text, "g");
        return g.isPresent() ? OptionalDouble.of(g.getAsDouble() / 1000.0) : OptionalDouble.empty();
    }

    /** Formats a sum of shares for messages, e.g. 0.95 (to 6 significant digits, no trailing zeros). */
    public static String formatShare(double share) {
        return new java.math.BigDecimal(share).round(new java.math.MathContext(6)).stripTrailingZeros().toPlainString();
    }

    /** Formats hours back into the most readable unit, for messages and resolved files. */
    public static String formatHours(double hours) {
        if (hours >= Hours.PER_DAY && hours % Hours.PER_DAY == 0) {
            return fmt(hours / Hours.PER_DAY) + " d";
        }
        if (hours >= 1) {
            return fmt(hours) + " h";
        }
        double minutes = hours * 60;
        if (minutes >= 1 && Math.abs(minutes - Math.rint(minutes)) < 1e-9) {
            return fmt(Math.rint(minutes)) + " min";
        }
        double seconds = hours * 3600;
        return fmt(Math.abs(seconds - Math.rint(seconds)) < 1e-6 ? Math.rint(seconds) : seconds) + " s";
    }

    private static String fmt(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.format(Locale.ROOT, "%.6g", v).replaceAll("\\.?0+$", "");
    }
}
