package dev.linesim.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class TitlesTest {
    @Test
    void aParameterIsNamedByItsLastTwoKeys() {
        assertEquals(List.of("stacking machines", "pouch_sealing machines", "economics price_per_kwh", "seed"),
                Titles.parameterNames(List.of("stations.stacking.machines", "stations.pouch_sealing.machines",
                        "economics.price_per_kwh", "seed")));
    }

    @Test
    void moreKeysTellApartTwoParametersThatEndAlike() {
        assertEquals(List.of("stations winding machines", "equipment winding machines", "capex machine_price"),
                Titles.parameterNames(List.of("stations.winding.machines", "equipment.winding.machines",
                        "stations.winding.capex.machine_price")));
        assertEquals(List.of("a b", "x a b"), Titles.parameterNames(List.of("a.b", "x.a.b")));
    }
}
