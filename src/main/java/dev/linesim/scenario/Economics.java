package dev.linesim.scenario;

import java.util.Optional;

/**
 * Money settings of a line.
 *
 * @param currency            label of every amount in the file
 * @param discountRate        annual discount rate for annualising capital
 * @param equipmentLife       equipment life, years
 * @param buildingLife        building and facility life, years
 * @param fixedOpexPerYear    labour, maintenance and overheads per year
 * @param materialCostPerCell materials per cell started
 * @param pricePerKwh         selling price of good output per kWh
 * @param costs               bottom-up operating costs: materials, labour, energy, maintenance, overhead
 * @param taxRate             tax on profit, for cash flows (0 when not given)
 * @param subsidyPerKwh       production subsidy per kWh of good output, if any
 * @param subsidyYears        years from the planning date the subsidy is paid (infinite when not given)
 */
public record Economics(String currency, double discountRate, int equipmentLife, int buildingLife,
                        Optional<Money> fixedOpexPerYear, Optional<Money> materialCostPerCell,
                        Optional<Money> pricePerKwh, OperatingCosts costs, double taxRate, Optional<Money> subsidyPerKwh,
                        double subsidyYears) {
    public static final Economics DEFAULT = new Economics("USD", 0.08, 10, 20, Optional.empty(), Optional.empty(),
            Optional.empty(), OperatingCosts.NONE, 0, Optional.empty(), Double.POSITIVE_INFINITY);
}
