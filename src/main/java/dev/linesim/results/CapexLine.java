package dev.linesim.results;

import java.math.BigDecimal;

/**
 * One priced asset: a station's equipment or a facility item, with what happens to it. Amounts are exact,
 * in the scenario's currency.
 *
 * @param id               station id or facility item (building, utilities, dry_room)
 * @param name             display name
 * @param facility         true for a facility item
 * @param fate             {@code installed} (a line's own asset), or for a retrofit {@code reused},
 *                         {@code modified}, {@code retired} or {@code new}
 * @param machinesBefore   machines before a retrofit (a line: its machines)
 * @param machinesAfter    machines after (0 when retired)
 * @param valueBefore      installed value before a retrofit (a line: its value)
 * @param installedValue   installed value in the line simulated (0 when retired)
 * @param newPurchase      new equipment bought for it by the retrofit
 * @param modificationCost cost of modifying it
 * @param salvage          value recovered by retiring it
 * @param describe         how its price was given ("4 x 2.4 MUSD x 1.3", "BatPaC ...")
 * @param bookValue        the existing asset's book value: its value before less straight-line depreciation by age
 *                         (equal to the value before when no age is given)
 */
public record CapexLine(String id, String name, boolean facility, String fate, int machinesBefore, int machinesAfter,
                        BigDecimal valueBefore, BigDecimal installedValue, BigDecimal newPurchase,
                        BigDecimal modificationCost, BigDecimal salvage, String describe, BigDecimal bookValue) {
}
