package dev.linesim.economics;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;

/**
 * The capital side of a retrofit, summed exactly over its assets.
 *
 * @param newEquipment    new stations, replacements and added machines (installed)
 * @param newFacility     new or enlarged facility items (installed)
 * @param modifications   cost of modifying kept equipment and facility
 * @param salvage         value recovered from retired assets
 * @param greenfield      the converted line built new: every asset at its installed value
 * @param reusedValue     value of existing equipment carried into the converted line (stations only)
 * @param reusedFacility  value of existing facility items carried into the converted line
 * @param equipmentValue  installed value of the converted line's equipment (stations only)
 * @param reusedMachines  existing machines kept
 * @param machines        machines of the converted line
 * @param facilityModifications the part of {@code modifications} spent on facility items
 * @param existingValue   installed value of the existing line's equipment (stations only)
 * @param existingStations stations of the existing line with equipment
 * @param keptStations    of those, the ones kept (reused or modified)
 * @param stations        stations of the converted line with equipment
 * @param reusedBook      book value of the existing equipment kept (its installed value less depreciation by age)
 */
public record RetrofitCapex(BigDecimal newEquipment, BigDecimal newFacility, BigDecimal modifications, BigDecimal salvage,
                            BigDecimal greenfield, BigDecimal reusedValue, BigDecimal reusedFacility,
                            BigDecimal equipmentValue, int reusedMachines, int machines, BigDecimal facilityModifications,
                            BigDecimal existingValue, int existingStations, int keptStations, int stations,
                            BigDecimal reusedBook) {

    public static RetrofitCapex of(List<CapexItem> items) {
        BigDecimal newEquipment = BigDecimal.ZERO;
        BigDecimal newFacility = BigDecimal.ZERO;
        BigDecimal modifications = BigDecimal.ZERO;
        BigDecimal facilityModifications = BigDecimal.ZERO;
        BigDecimal salvage = BigDecimal.ZERO;
        BigDecimal greenfield = BigDecimal.ZERO;
        BigDecimal reused = BigDecimal.ZERO;
        BigDecimal reusedFacility = BigDecimal.ZERO;
        BigDecimal equipment = BigDecimal.ZERO;
        int reusedMachines = 0;
        int machines = 0;
        BigDecimal existing = BigDecimal.ZERO;
        int existingStations = 0;
        int keptStations = 0;
        int stations = 0;
        BigDecimal reusedBook = BigDecimal.ZERO;
        for (CapexItem i : items) {
            if (i.facility()) {
                newFacility = newFacility.add(i.newPurchase());
                reusedFacility = reusedFacility.add(i.reusedValue());
                facilityModifications = facilityModifications.add(i.modificationCost());
            } else {
                newEquipment = newEquipment.add(i.newPurchase());
                reused = reused.add(i.reusedValue());
                reusedBook = reusedBook.add(i.reusedBook());
                equipment = equipment.add(i.after());
                reusedMachines += i.reusedMachines();
                machines += i.machinesAfter();
                existing = existing.add(i.before());
                existingStations += i.machinesBefore() > 0 ? 1 : 0;
                keptStations += i.kept() && i.machinesBefore() > 0 && i.machinesAfter() > 0 ? 1 : 0;
                stations += i.machinesAfter() > 0 ? 1 : 0;
            }
            modifications = modifications.add(i.modificationCost());
            salvage = salvage.add(i.salvage());
            greenfield = greenfield.add(i.after());
        }
        return new RetrofitCapex(newEquipment, newFacility, modifications, salvage, greenfield, reused, reusedFacility,
                equipment, reusedMachines, machines, facilityModifications, existing, existingStations, keptStations, stations, reusedBook);
    }

    /** Capital spent on the conversion, before salvage. */
    public BigDecimal gross() {
        return newEquipment.add(newFacility).add(modifications);
    }

    /**
     * Capital employed by the converted line: the existing equipment it keeps at its book value, the facility it
     * keeps, and the capital spent converting.
     */
    public BigDecimal capitalEmployed() {
        return reusedBook.add(reusedFacility).add(gross());
    }

    /**
     * The equipment part of {@link #capitalEmployed()}: kept equipment at book value, new equipment and the modifications of
     * equipment. A modification lasts as long as what it modifies, so a facility item's (a drier dry room) belongs
     * to the facility part, annualised over the building's life.
     */
    public BigDecimal equipmentEmployed() {
        return reusedBook.add(newEquipment).add(modifications.subtract(facilityModifications));
    }

    /** Capital spent less salvage recovered. */
    public BigDecimal net() {
        return gross().subtract(salvage);
    }

    /** Share of the converted line's equipment value that is existing equipment (reused or modified). */
    public double reuseShareByValue() {
        return ratio(reusedValue, equipmentValue);
    }

    /** Share of the existing line's equipment the conversion keeps, by value: the plain reading of "X % reused". */
    public double keptShareOfExistingByValue() {
        return ratio(reusedValue, existingValue);
    }

    /** Share of the existing line's stations the conversion keeps (each station counts once, however many positions). */
    public double keptShareOfExistingByStations() {
        return existingStations == 0 ? Double.NaN : keptStations / (double) existingStations;
    }

    /** Share of the converted line's stations that are kept from the existing line. */
    public double reuseShareByStations() {
        return stations == 0 ? Double.NaN : keptStations / (double) stations;
    }

    /** Share of the converted line's machines that are existing machines. */
    public double reuseShareByCount() {
        return machines == 0 ? Double.NaN : reusedMachines / (double) machines;
    }

    /** Retrofit capex (gross) as a share of building the converted line new. */
    public double shareOfGreenfield() {
        return ratio(gross(), greenfield);
    }

    /** Saving against greenfield: 1 - gross / greenfield. */
    public double savingsVsGreenfield() {
        return 1 - shareOfGreenfield();
    }

    private static double ratio(BigDecimal a, BigDecimal b) {
        return b.signum() == 0 ? Double.NaN : a.divide(b, MathContext.DECIMAL128).doubleValue();
    }
}
