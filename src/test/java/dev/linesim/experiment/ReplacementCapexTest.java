package dev.linesim.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.linesim.results.CapexLine;
import dev.linesim.results.RunResults;
import dev.linesim.scenario.ScenarioException;
import dev.linesim.scenario.ScenarioLoader;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A station replaced by one that keeps its id is bought new, and the old equipment retired, to the cent. */
class ReplacementCapexTest {
    @TempDir
    Path dir;

    private static final String BASE = """
            name: base
            product: {chemistry: LFP, capacity: 100 Ah, voltage: 3.2 V}
            run: {horizon: 100 h, warmup: 10 h, replications: 2}
            stations:
              - id: press
                machines: 2
                process_time: 30 min
                capex: {machine_price: 1 MUSD}
              - id: test
                process_time: 10 min
                capex: {cost: 0.5 MUSD}
            """;

    @Test
    void aReplacementKeepingItsIdIsNewEquipmentAndTheOldIsRetired() throws Exception {
        Files.writeString(dir.resolve("base.yaml"), BASE);
        Files.writeString(dir.resolve("plan.yaml"), """
                name: plan
                base: base.yaml
                changes:
                  - replace: press
                    with: {id: press, machines: 2, process_time: 20 min, capex: {machine_price: 1.5 MUSD}}
                equipment:
                  press: {fate: retired, salvage: 0.25 MUSD}
                """);
        RunResults r = Experiment.run(ScenarioLoader.open(dir.resolve("plan.yaml")), 1, x -> { }).results();
        var retrofit = r.capital().retrofit();
        // new: 2 x 1.5 MUSD = 3,000,000; the old press (2,000,000) is retired for 250,000; the tester is kept
        assertEquals(new BigDecimal("3000000.00"), retrofit.newEquipment());
        assertEquals(new BigDecimal("3000000.00"), retrofit.gross());
        assertEquals(new BigDecimal("2750000.00"), retrofit.net());
        assertEquals(new BigDecimal("500000.00"), retrofit.reusedEquipment(), "only the tester is kept");
        List<CapexLine> press = r.capital().items().stream().filter(i -> i.id().equals("press")).toList();
        assertEquals(List.of("retired", "new"), press.stream().map(CapexLine::fate).toList());
        assertEquals(new BigDecimal("2000000.00"), press.get(0).valueBefore());
        assertEquals(new BigDecimal("3000000.00"), press.get(1).newPurchase());
    }

    @Test
    void theReplacedEquipmentCannotBeDeclaredReused() throws Exception {
        Files.writeString(dir.resolve("base.yaml"), BASE);
        Files.writeString(dir.resolve("plan.yaml"), """
                name: plan
                base: base.yaml
                changes:
                  - replace: press
                    with: {id: press, process_time: 20 min, capex: {machine_price: 1.5 MUSD}}
                equipment:
                  press: reused
                """);
        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioLoader.open(dir.resolve("plan.yaml")));
        assertTrue(e.problems().get(0).format().contains("'press' is removed or replaced by the plan, so its equipment can only"
                + " be retired (was reused)"), e.problems().get(0).format());
    }
}
