package dev.linesim.regression;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How far a KPI may move before it counts as changed: a share of the baseline's mean ({@code 1 %}) or an amount in
 * the KPI's own unit ({@code 0.002}).
 *
 * @param value    the share (0.01 for 1 %) or the amount
 * @param relative whether {@code value} is a share of the baseline's mean
 */
public record Tolerance(double value, boolean relative) {
    private static final Pattern TEXT = Pattern.compile("^\\s*([0-9]+(?:\\.[0-9]+)?(?:[eE][-+]?[0-9]+)?)\\s*(%?)\\s*$");

    /** Parses {@code "1 %"} (relative) or {@code "0.002"} (absolute); empty when malformed or negative. */
    public static Optional<Tolerance> parse(String text) {
        Matcher m = TEXT.matcher(text);
        if (!m.matches()) {
            return Optional.empty();
        }
        double v = Double.parseDouble(m.group(1));
        boolean relative = !m.group(2).isEmpty();
        return Optional.of(new Tolerance(relative ? v / 100 : v, relative));
    }

    /** The tolerance as an amount, for a baseline whose mean is {@code baseline}. */
    public double amount(double baseline) {
        return relative ? value * Math.abs(baseline) : value;
    }

    @Override
    public String toString() {
        return relative ? String.format(Locale.ROOT, "±%s %%", trim(100 * value)) : "±" + trim(value);
    }

    private static String trim(double v) {
        return java.math.BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }
}
