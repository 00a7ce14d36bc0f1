package dev.linesim.scenario;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An amount of money in the scenario's currency, held exactly ({@link BigDecimal}), so totals can be
 * checked to the cent. Written in files as {@code "2.5 MUSD"}, {@code "400 kEUR"} or {@code "39 USD"}.
 */
public record Money(BigDecimal amount, String currency) {
    private static final Pattern TEXT = Pattern.compile("^\\s*([0-9]+(?:\\.[0-9]+)?)\\s*(k|M|bn)?\\s*([A-Z]{3})\\s*$");

    public static Money zero(String currency) {
        return new Money(BigDecimal.ZERO, currency);
    }

    /** Parses {@code "2.5 MUSD"}; empty when the text is not an amount. */
    public static Optional<Money> parse(String text) {
        Matcher m = TEXT.matcher(text);
        if (!m.matches()) {
            return Optional.empty();
        }
        BigDecimal amount = new BigDecimal(m.group(1));
        if (m.group(2) != null) {
            amount = amount.scaleByPowerOfTen(switch (m.group(2)) {
                case "k" -> 3;
                case "M" -> 6;
                default -> 9;
            });
        }
        return Optional.of(new Money(amount, m.group(3)));
    }

    /** Millions, rounded to the cent, for messages and resolved files: {@code "2.5 MUSD"}. */
    public String format() {
        BigDecimal millions = amount.movePointLeft(6).setScale(8, RoundingMode.HALF_EVEN).stripTrailingZeros();
        return millions.toPlainString() + " M" + currency;
    }
}
