package dev.linesim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class QuantitiesTest {
    @Test
    void durationsConvertToHours() {
        assertEquals(90 / 3600.0, Quantities.hours("90 s").getAsDouble(), 1e-15);
        assertEquals(0.5, Quantities.hours("30 min").getAsDouble());
        assertEquals(4.0, Quantities.hours("4 h").getAsDouble());
        assertEquals(336.0, Quantities.hours("14 d").getAsDouble());
        assertEquals(336.0, Quantities.hours("2 wk").getAsDouble());
        assertEquals(1500.0, Quantities.hours("1.5e3h").getAsDouble());
        assertTrue(Quantities.hours("4 hours").isEmpty());
        assertTrue(Quantities.hours("-4 h").isEmpty());
    }

    @Test
    void hoursFormatBackReadably() {
        assertEquals("14 d", Quantities.formatHours(336));
        assertEquals("4 h", Quantities.formatHours(4));
        assertEquals("30 min", Quantities.formatHours(0.5));
        assertEquals("90 s", Quantities.formatHours(90 / 3600.0));
    }

    @Test
    void otherUnits() {
        assertEquals(5.4, Quantities.kilograms("5400 g").getAsDouble(), 1e-12);
        assertEquals(3.2, Quantities.number("3.2 V", "V").getAsDouble());
        assertTrue(Quantities.number("3.2 mV", "V").isEmpty());
    }
}
