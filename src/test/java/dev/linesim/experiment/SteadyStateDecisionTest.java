package dev.linesim.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.linesim.TestResults;
import dev.linesim.results.ComparisonResults;
import dev.linesim.results.ConversionResults;
import dev.linesim.results.RunResults;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A plan's run and comparison carry its cash flows against staying liquid, from both lines' steady states. */
class SteadyStateDecisionTest {
    @TempDir
    Path dir;

    @Test
    void aPlanRunCarriesItsDecisionAndALineDoesNot() throws Exception {
        RunResults plan = TestResults.plan(dir);
        ConversionResults.Decision d = plan.decision();
        assertNotNull(d);
        assertTrue(d.basis().startsWith("steady states"), d.basis());
        assertEquals(plan.run().replications(), d.replications());
        assertEquals(d.planningYears() * 365.25 / 7, d.cumulativeMillions().size(), 1.0);
        assertTrue(Double.isFinite(d.npvMillions().mean()));
        assertNull(TestResults.line(dir).decision(), "a line converts nothing");
    }

    @Test
    void aComparisonReusesTheBaseLineItSimulatedSoTheDecisionIsTheRunsOwn() throws Exception {
        ComparisonResults c = TestResults.comparison(dir);
        ConversionResults.Decision compared = c.runs().get(1).decision();
        ConversionResults.Decision alone = TestResults.plan(dir).decision();
        assertEquals(alone.npvMillions(), compared.npvMillions(), "same settings, same seed: the same base run");
        assertEquals(alone.simplePaybackYears(), compared.simplePaybackYears());
    }
}
