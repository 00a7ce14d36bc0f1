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
     * @param running   how much power it draws to hold its dew point
     */
    public record DryRoom(double areaM2, double dewPointC, Money costPerM2, Running running) {
        public DryRoom(double areaM2, double dewPointC, Money costPerM2) {
            this(areaM2, dewPointC, costPerM2, Running.DEFAULT);
        }

        public BigDecimal cost() {
            return costPerM2.amount().multiply(BigDecimal.valueOf(areaM2));
        }

        /** Hours a year a dry room draws power: all of them, production days or not. */
        public static final double HOURS_PER_YEAR = 8760;

        /** Mean electric power to hold the dew point, kW: area x power per m2 at this dew point. */
        public double powerKw() {
            return areaM2 * running.kwPerM2At(dewPointC);
        }
    }

    /**
     * The running power of a dry room: {@code kwPerM2} at {@code referenceDewPointC}, times {@code factorPer10C} for each
     * 10 C the dew point lies below it (and divided by it for each 10 C above).
     * <p>
     * Level: Degen et al. (Nature Energy 8:1284, 2023) put dry rooms and material handling at 11.05 kWh per kWh
     * of LFP cell; spread over BatPaC's dry-room area for the same plant (61,000 m2 at 50 GWh/yr, x 0.175 for
     * 8 GWh/yr: 10,700 m2) and 8,760 h/yr (a dry room never stops), that is 0.94 kW/m2 at the -40 C class of liquid
     * cells. Slope: no
     * published relation was found. A deeper dew point removes hardly more water per kg of air below -30 C, but needs
     * a further desiccant stage and hotter regeneration; 1.3 per 10 C (range 1.15-1.5) is an engineering estimate.
     *
     * @param kwPerM2            mean power per m2 at the reference dew point, kW
     * @param referenceDewPointC the dew point the level applies to, C
     * @param factorPer10C       power ratio per 10 C lower dew point
     */
    public record Running(double kwPerM2, double referenceDewPointC, double factorPer10C) {
        public static final Running DEFAULT = new Running(0.94, -40, 1.3);

        public double kwPerM2At(double dewPointC) {
            return kwPerM2 * Math.pow(factorPer10C, (referenceDewPointC - dewPointC) / 10);
        }
    }
}
