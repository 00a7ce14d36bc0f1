package dev.linesim.results;

import java.math.BigDecimal;
import java.util.List;

/**
 * The capital of the simulated line, item by item, with its totals. Exact amounts in {@code currency}.
 *
 * @param currency        currency of every amount
 * @param items           every station and facility item, with its fate
 * @param equipment       installed value of the line's equipment
 * @param facility        installed value of its facility items
 * @param capitalEmployed a line: equipment + facility; a converted line: assets kept plus the retrofit capex
 * @param capitalCharge   annual capital charge (capital recovery factors over equipment and building lives)
 * @param retrofit        for a retrofit plan, what it costs; else null
 */
public record Capital(String currency, List<CapexLine> items, BigDecimal equipment, BigDecimal facility,
                     BigDecimal capitalEmployed, BigDecimal capitalCharge, Retrofit retrofit) {
    public Capital {
        items = List.copyOf(items);
    }

    /** Whether any asset carries a price. */
    public boolean priced() {
        return equipment.signum() > 0 || facility.signum() > 0;
    }
}
