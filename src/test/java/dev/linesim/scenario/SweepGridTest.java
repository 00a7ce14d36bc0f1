package dev.linesim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.linesim.scenario.input.SweepGrid;
import org.junit.jupiter.api.Test;
import java.util.List;

/** Values of a swept parameter and the grid of their combinations. */
class SweepGridTest {
    @Test
    void rangesListsAndMappingsAreSplitWhereTheUserMeantIt() {
        assertEquals(List.of("3", "4", "5", "6"), SweepGrid.values("3..6"));
        assertEquals(List.of("6", "5", "4"), SweepGrid.values("6..4"));
        assertEquals(List.of("80 USD", "85 USD", "90 USD"), SweepGrid.values("80 USD, 85 USD,90 USD"));
        assertEquals(List.of("{dist: lognormal, mean: 4 h, cv: 0.1}", "5 h"),
                SweepGrid.values("{dist: lognormal, mean: 4 h, cv: 0.1}, 5 h"));
        assertEquals(List.of("9"), SweepGrid.values("9"), "one value: fixed, not swept");
    }

    @Test
    void theGridHoldsEveryCombinationWithTheLastParameterFastest() {
        List<List<String>> points = SweepGrid.points(List.of(new SweepGrid.Parameter("a", List.of("1", "2")),
                new SweepGrid.Parameter("b.c", List.of("x", "y", "z"))));
        assertEquals(List.of(List.of("a=1", "b.c=x"), List.of("a=1", "b.c=y"), List.of("a=1", "b.c=z"),
                List.of("a=2", "b.c=x"), List.of("a=2", "b.c=y"), List.of("a=2", "b.c=z")), points);
    }
}
