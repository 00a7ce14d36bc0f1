package dev.linesim.economics;

import java.math.BigDecimal;

/**
 * One priced asset of a line before and after a retrofit: a station's equipment or a facility item.
 * Values are installed replacement values (what it would cost new); zero where the asset does not exist.
 *
 * @param id               station id or facility item
 * @param facility         true for building, utilities, dry room
 * @param before           installed value in the line before conversion (0 if the asset is added)
 * @param after            installed value in the converted line (0 if the asset is removed)
 * @param machinesBefore   machines before (0 if added)
 * @param machinesAfter    machines after (0 if removed)
 * @param fate             what happens to the existing asset
 * @param modificationCost installed cost of modifying it (modified only)
 * @param salvage          value recovered from retiring it (retired only)
 * @param bookBefore       book value before the retrofit: {@code before} less depreciation for its age
 */
public record CapexItem(String id, boolean facility, BigDecimal before, BigDecimal after, int machinesBefore,
                        int machinesAfter, Fate fate, BigDecimal modificationCost, BigDecimal salvage, BigDecimal bookBefore) {

    /** An asset carried at its full installed value (new, or of no stated age). */
    public CapexItem(String id, boolean facility, BigDecimal before, BigDecimal after, int machinesBefore, int machinesAfter,
                     Fate fate, BigDecimal modificationCost, BigDecimal salvage) {
        this(id, facility, before, after, machinesBefore, machinesAfter, fate, modificationCost, salvage, before);
    }

    /** Fate of the existing asset; {@code NEW} for assets the retrofit adds. */
    public enum Fate { REUSED, MODIFIED, RETIRED, NEW }

    /** An asset of a line that is not being converted (kept as it is). */
    public static CapexItem existing(String id, boolean facility, BigDecimal value, int machines) {
        return new CapexItem(id, facility, value, value, machines, machines, Fate.REUSED, BigDecimal.ZERO, BigDecimal.ZERO);
    }

    boolean kept() {
        return fate == Fate.REUSED || fate == Fate.MODIFIED;
    }

    /**
     * New equipment bought: all of a new or retired-and-rebought asset; for a kept station, the added machines
     * only; for a facility item kept as it is, the enlargement. A modified asset (a re-specified station, a drier
     * dry room) buys nothing new: its declared modification cost is the spend.
     */
    public BigDecimal newPurchase() {
        if (!kept()) {
            return after;
        }
        if (facility && fate == Fate.REUSED) {
            return after.subtract(before).max(BigDecimal.ZERO); // an enlarged building or dry room buys the difference
        }
        return machinesAfter > machinesBefore ? after.subtract(before).max(BigDecimal.ZERO) : BigDecimal.ZERO;
    }

    /** Value of existing equipment carried into the converted line. */
    BigDecimal reusedValue() {
        return kept() ? before.min(after) : BigDecimal.ZERO;
    }

    /** Book value of the existing equipment carried into the converted line: the kept part, at its book value. */
    BigDecimal reusedBook() {
        if (!kept() || before.signum() == 0) {
            return BigDecimal.ZERO;
        }
        return bookBefore.multiply(reusedValue()).divide(before, java.math.MathContext.DECIMAL128);
    }

    int reusedMachines() {
        return kept() ? Math.min(machinesBefore, machinesAfter) : 0;
    }
}
