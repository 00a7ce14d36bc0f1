package dev.linesim.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.linesim.scenario.RunSettings;
import dev.linesim.scenario.input.ScenarioLoader;
import dev.linesim.scenario.retrofit.Conversion;
import dev.linesim.scenario.retrofit.RetrofitPlan;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import java.nio.file.Path;
import java.util.Optional;

/** The shipped plans' conversions run end to end, on a shortened timeline (1 replication, 7 weeks, brief steady-state runs). */
class ShippedConversionsTest {

    @ParameterizedTest
    @ValueSource(strings = {"lfp-prismatic-semisolid-retrofit", "ncm-pouch-semisolid-retrofit"})
    void conversionRunsOnAShortTimeline(String name) throws Exception {
        RetrofitPlan shipped = ScenarioLoader.open(Path.of("scenarios", name + ".yaml")).plan().orElseThrow();
        Conversion c = shipped.conversion().orElseThrow();
        Conversion shortened = new Conversion(7 * 168, 3 * 24, 1, 168, 168, java.util.List.of(), c.rampStations(),
                c.scrapRamp(), c.timeRamp(), c.planningYears(), Conversion.defaultPayments(168, 336));
        RunSettings brief = new RunSettings(25 * 24, 20 * 24, 1, 1); // just past the ~19-day lead time
        RetrofitPlan plan = new RetrofitPlan(shipped.name(), shipped.base().withRun(brief), shipped.converted().withRun(brief),
                shipped.fates(), shipped.changes(), Optional.of(shortened), shipped.resolvedYaml(), shipped.sources(), shipped.replaced());
        ConversionStudy s = ConversionStudy.run(plan, 2);
        assertEquals(7, s.weeks());
        assertEquals(s.baselineMwh().get(0).mean(), s.convertedMwh().get(0).mean(), 1e-9, "same line, same numbers before cutover");
        assertTrue(s.convertedMwh().get(3).mean() < s.baselineMwh().get(3).mean(), "nothing comes out while the line is converted");
        assertTrue(s.convertedMwh().get(6).mean() > 0, "the converted line delivers within the horizon");
        assertTrue(s.lostMwh().mean() > 0);
        assertTrue(s.cash().isPresent(), "shipped plans carry prices");
    }
}
