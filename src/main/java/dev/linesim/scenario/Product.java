package dev.linesim.scenario;

import java.util.Optional;

/**
 * The cell the line makes: its design, apart from what the line can do.
 *
 * @param chemistry      label such as LFP or NCM811
 * @param format         prismatic, pouch or cylindrical (free text)
 * @param whPerCell      nominal energy of one good cell, in Wh
 * @param liquidFraction liquid electrolyte share of the cell's mass (NaN when not given)
 * @param capacityAh     nominal capacity, Ah (NaN when the energy was given as specific energy x mass)
 * @param massKg         cell mass, kg (NaN when not given)
 * @param electrode      the electrode design, when given: it sets how much electrode one cell takes
 */
public record Product(String chemistry, String format, double whPerCell, double liquidFraction, double capacityAh,
                      double massKg, Optional<Electrode> electrode) {

    /** A cell known only by its energy. */
    public Product(String chemistry, String format, double whPerCell, double liquidFraction) {
        this(chemistry, format, whPerCell, liquidFraction, Double.NaN, Double.NaN, Optional.empty());
    }

    /** Gravimetric energy, Wh/kg; NaN without a mass. */
    public double specificEnergy() {
        return whPerCell / massKg;
    }

    /**
     * The electrodes of one cell. Capacity comes from the cathode: coated area x areal capacity. The anode is
     * sized to the cathode (slightly larger, N/P about 1.1), so both electrode lines coat about the same area per cell.
     *
     * @param arealCapacity cathode capacity per coated side, mAh/cm^2 (areal loading x specific capacity)
     * @param sides         coated sides of the foil (2 for stacked or wound cells)
     * @param trim          share of coated electrode lost to edge trim and notching, in [0, 1)
     * @param areaPerCell   cathode foil area per cell, m^2 (coated on {@code sides} sides)
     */
    public record Electrode(double arealCapacity, int sides, double trim, double areaPerCell) {
        /** Ah per m^2 of foil per mAh/cm^2 of one side: 1 mAh/cm^2 = 10 Ah/m^2. */
        static final double AH_PER_M2 = 10;

        /** The foil area a cell of {@code capacityAh} needs at this loading, m^2. */
        public static double areaFor(double capacityAh, double arealCapacity, int sides) {
            return capacityAh / (arealCapacity * AH_PER_M2 * sides);
        }

        /** The capacity a foil area holds at this loading, Ah. */
        public static double capacityOf(double area, double arealCapacity, int sides) {
            return area * arealCapacity * AH_PER_M2 * sides;
        }
    }
}
