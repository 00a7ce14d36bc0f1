package dev.linesim.scenario;

import java.util.Optional;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How much electrode one unit of an electrode station holds, so that its cells per unit follow from the cell
 * design: a coated roll by its foil area ({@code "2600 m2"}, or length x width {@code "2000 m x 1.3 m"}), a slurry
 * batch by the capacity of the active material it carries ({@code "760 kAh"}). A roll's area becomes
 * area x (1 - trim) / cathode area per cell cells; a batch's capacity becomes capacity x (1 - trim) / cell capacity.
 *
 * @param value  the amount, in m^2 or Ah
 * @param isArea true for an area, false for a capacity
 */
public record ElectrodeAmount(double value, boolean isArea) {
    private static final String NUMBER = "([0-9]+(?:\\.[0-9]+)?)";
    private static final Pattern BY_SIZE = Pattern.compile("^\\s*" + NUMBER + "\\s*m\\s*x\\s*" + NUMBER + "\\s*m\\s*$");
    /** The forms accepted, for messages. */
    public static final String FORMS = "an area such as \"2600 m2\" or \"2000 m x 1.3 m\", or a capacity such as \"760 kAh\"";

    /** Reads one of the accepted forms; empty when the text is none of them. */
    public static Optional<ElectrodeAmount> parse(String text) {
        Matcher m = BY_SIZE.matcher(text);
        if (m.matches()) {
            return Optional.of(new ElectrodeAmount(Double.parseDouble(m.group(1)) * Double.parseDouble(m.group(2)), true));
        }
        OptionalDouble area = Quantities.number(text, "m2");
        if (area.isPresent()) {
            return Optional.of(new ElectrodeAmount(area.getAsDouble(), true));
        }
        OptionalDouble kah = Quantities.number(text, "kAh");
        if (kah.isPresent()) {
            return Optional.of(new ElectrodeAmount(kah.getAsDouble() * 1000, false));
        }
        OptionalDouble ah = Quantities.number(text, "Ah");
        return ah.isPresent() ? Optional.of(new ElectrodeAmount(ah.getAsDouble(), false)) : Optional.empty();
    }

    /**
     * Whole cells one unit yields for this cell design (a fraction of a cell's electrode is waste). NaN when the
     * design lacks what the amount needs: an area needs the electrode design, a capacity needs the cell capacity.
     */
    public double cellsFor(Product p) {
        double trim = p.electrode().map(Product.Electrode::trim).orElse(0.0);
        double perCell = isArea ? p.electrode().map(Product.Electrode::areaPerCell).orElse(Double.NaN) : p.capacityAh();
        return Math.floor(value * (1 - trim) / perCell + 1e-9);
    }
}
