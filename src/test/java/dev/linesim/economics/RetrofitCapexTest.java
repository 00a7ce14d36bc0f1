package dev.linesim.economics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Retrofit capex against hand-computed cases, to the cent. */
class RetrofitCapexTest {
    private static BigDecimal m(String amount) {
        return new BigDecimal(amount);
    }

    private static final List<CapexItem> PLAN = List.of(
            // kept as is: 10,000,000.00 carried over
            new CapexItem("coater", false, m("10000000.00"), m("10000000.00"), 2, 2, CapexItem.Fate.REUSED, m("0"), m("0")),
            // two machines added to three: 2 x 1,250,000.50 bought
            new CapexItem("filler", false, m("3750001.50"), m("6250002.50"), 3, 5, CapexItem.Fate.REUSED, m("0"), m("0")),
            // modified in place for 1,234,567.89; value re-specified (no machines added): nothing bought
            new CapexItem("formation", false, m("20000000.00"), m("21000000.00"), 100, 100, CapexItem.Fate.MODIFIED, m("1234567.89"), m("0")),
            // retired and rebought new: salvage 300,000.10
            new CapexItem("winder", false, m("4000000.00"), m("4500000.00"), 4, 4, CapexItem.Fate.RETIRED, m("0"), m("300000.10")),
            // removed: retired, nothing bought
            new CapexItem("oven", false, m("999999.99"), m("0"), 2, 0, CapexItem.Fate.RETIRED, m("0"), m("50000.00")),
            // added
            new CapexItem("se_coating", false, m("0"), m("7777777.77"), 0, 3, CapexItem.Fate.NEW, m("0"), m("0")),
            // facility: dry room modified for 900,000.00; building reused
            new CapexItem("dry_room", true, m("16050000.00"), m("23540000.00"), 0, 0, CapexItem.Fate.MODIFIED, m("900000.00"), m("0")),
            new CapexItem("building", true, m("333000000.00"), m("333000000.00"), 0, 0, CapexItem.Fate.REUSED, m("0"), m("0")));

    @Test
    void sumsEveryKindOfSpendExactly() {
        RetrofitCapex r = RetrofitCapex.of(PLAN);
        // new equipment: filler 2,500,001.00 + winder 4,500,000.00 + se_coating 7,777,777.77
        assertEquals(m("14777778.77"), r.newEquipment());
        assertEquals(m("0"), r.newFacility().stripTrailingZeros());
        assertEquals(m("2134567.89"), r.modifications());
        assertEquals(m("16912346.66"), r.gross());
        assertEquals(m("350000.10"), r.salvage());
        assertEquals(m("16562346.56"), r.net());
        // greenfield: every 'after' value
        assertEquals(m("406067780.27"), r.greenfield());
    }

    @Test
    void reuseSharesCountKeptEquipmentOnly() {
        RetrofitCapex r = RetrofitCapex.of(PLAN);
        // reused value: coater 10,000,000 + filler 3,750,001.50 + formation 20,000,000 = 33,750,001.50
        assertEquals(m("33750001.50"), r.reusedValue());
        // equipment of the converted line: 10,000,000 + 6,250,002.50 + 21,000,000 + 4,500,000 + 7,777,777.77
        assertEquals(m("49527780.27"), r.equipmentValue());
        assertEquals(33750001.50 / 49527780.27, r.reuseShareByValue(), 1e-15);
        // machines kept: 2 + 3 + 100 = 105 of 2 + 5 + 100 + 4 + 3 = 114
        assertEquals(105, r.reusedMachines());
        assertEquals(114, r.machines());
        assertEquals(16912346.66 / 406067780.27, r.shareOfGreenfield(), 1e-15);
    }
}
