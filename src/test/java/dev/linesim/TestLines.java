package dev.linesim;

import dev.linesim.experiment.Experiment;
import dev.linesim.experiment.RunSummary;
import dev.linesim.scenario.Scenario;
import dev.linesim.scenario.input.ScenarioException;
import dev.linesim.scenario.input.ScenarioLoader;

/** Builds small scenarios from YAML text for tests. */
public final class TestLines {
    private TestLines() {
    }

    /** A scenario with a 1 Wh test cell, the given run line (e.g. {@code "{horizon: 100 h}"}) and stations. */
    public static Scenario line(String run, String stations) {
        return parse("name: test\nproduct: {chemistry: test, capacity: 1 Ah, voltage: 1 V}\nrun: " + run
                + "\nstations:\n" + stations.stripIndent());
    }

    public static Scenario parse(String yaml) {
        try {
            return ScenarioLoader.parse(yaml, "test.yaml");
        } catch (ScenarioException e) {
            throw new AssertionError(e.problems().stream().map(p -> p.format()).toList().toString(), e);
        }
    }

    public static RunSummary run(Scenario scenario) {
        return Experiment.run(ScenarioLoader.Loaded.line(scenario), 2, r -> { });
    }
}
