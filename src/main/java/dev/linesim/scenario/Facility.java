package dev.linesim.scenario;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * Line-level assets, installed costs in the scenario currency.
 *
 * @param building  building shell and support systems, if priced
 * @param utilities utilities (power, water, compressed air, solvent recovery), if priced
 * @param dryRoom   the dry room, if any
 */
public record Facility(Optional<Money> building, Optional<Money> utilities, Optional<DryRoom> dryRoom) {
    public static final Facility NONE = new Facility(Optional.empty(), Optional.empty(), Optional.empty());

    /**
     * A dry room of a given dew-point class.
     *
     * @param areaM2    floor area, m2
     * @param dewPointC dew-point class, degrees C (e.g. -40)
     * @param costPerM2 installed cost per m2 at that class
     */
    public record DryRoom(double areaM2, double dewPointC, Money costPerM2) {
        public BigDecimal cost() {
            return costPerM2.amount().multiply(BigDecimal.valueOf(areaM2));
        }
    }
}
